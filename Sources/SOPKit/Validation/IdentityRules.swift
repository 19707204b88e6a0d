/// The identity block is complete (Permenpan RB 35/2012 lists every field) and its dates agree.
enum IdentityRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        // Each message is a literal: a string that is never allocated, copied by reference alone.
        func missing(_ message: String, _ field: SOPField) {
            diagnostics.append(Diagnostic(.missingIdentityField, message, file: file, at: sop.location(of: field)))
        }
        if sop.title == nil {
            diagnostics.append(Diagnostic(.missingTitle, "SOP has no title (Nama SOP)", file: file, at: sop.location(of: .title)))
        }
        if sop.number == nil { missing("identity block has no Nomor SOP", .number) }
        if sop.agency == nil { missing("identity block has no agency (issuing unit)", .agency) }
        if sop.dates.created == nil { missing("identity block has no Tanggal Pembuatan", .created) }
        if sop.dates.effective == nil && sop.dates.approved == nil {
            missing("identity block has no Tanggal Efektif or Tanggal Pengesahan", .effective)
        }
        if sop.approvedBy.position == nil && sop.approvedBy.name == nil {
            missing("identity block has no approver (Disahkan oleh)", .approver)
        } else {
            if sop.approvedBy.name == nil { missing("identity block has no approver name", .approver) }
            if sop.approvedBy.nip == nil { missing("identity block has no approver NIP", .approver) }
        }
        if sop.legalBasis.isEmpty { missing("identity block has no Dasar Hukum", .legalBasis) }
        if sop.qualifications.isEmpty { missing("identity block has no Kualifikasi Pelaksana", .qualifications) }
        if sop.relatedProcedures.isEmpty { missing("identity block has no Keterkaitan", .relatedProcedures) }
        if sop.equipment.isEmpty { missing("identity block has no Peralatan/Perlengkapan", .equipment) }
        if sop.warnings.isEmpty { missing("identity block has no Peringatan", .warnings) }
        if sop.records.isEmpty { missing("identity block has no Pencatatan dan Pendataan", .records) }

        if let created = sop.dates.created, let effective = sop.dates.effective, created.isCertainlyAfter(effective) {
            diagnostics.append(Diagnostic(
                .createdAfterEffective,
                "Tanggal Pembuatan \(created) is after Tanggal Efektif \(effective)", file: file,
                at: sop.location(of: .created)))
        }
        for reference in sop.legalBasis where reference.kind == nil || reference.year == nil {
            let missingParts = [reference.kind == nil ? "kind" : nil, reference.year == nil ? "year" : nil]
                .compactMap { $0 }.joined(separator: " and ")
            diagnostics.append(Diagnostic(
                .unparsedLegalReference,
                "Dasar Hukum item \"\(ProcedureTableParser.excerpt(reference.text))\": no \(missingParts) recognised",
                file: file, at: sop.location(of: .legalBasis)))
        }
    }
}

/// The approver's NIP has 18 digits with a plausible birth date, appointment month and sex digit.
enum NIPRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        guard let nip = sop.approvedBy.nip else { return }
        let location = sop.location(of: .nip)
        for problem in NIP.problems(of: nip) {
            switch problem {
            case .length(let count):
                diagnostics.append(Diagnostic(
                    .nipLength, "NIP \(nip) has \(count) digits; a NIP has 18", file: file, at: location))
            case .birthDate(let digits):
                diagnostics.append(Diagnostic(
                    .nipBirthDate, "NIP \(nip): digits 1-8 (\(digits)) are not a possible birth date (YYYYMMDD)",
                    file: file, at: location))
            case .appointmentDate(let digits):
                diagnostics.append(Diagnostic(
                    .nipAppointmentDate,
                    "NIP \(nip): digits 9-14 (\(digits)) are not a possible appointment month (YYYYMM, at least 15 years after birth)",
                    file: file, at: location))
            case .sexDigit(let digit):
                diagnostics.append(Diagnostic(
                    .nipSexDigit, "NIP \(nip): digit 15 is \(digit); it must be 1 (male) or 2 (female)",
                    file: file, at: location))
            }
        }
    }
}

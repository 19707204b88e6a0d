/// The identity block is complete (Permenpan RB 35/2012 lists every field) and its dates agree.
enum IdentityRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        func missing(_ name: StaticString, _ field: SOPField) {
            diagnostics.append(Diagnostic(
                .missingIdentityField, StepMessage.joined("identity block has no ", name), file: file, at: sop.location(of: field)))
        }
        if sop.title == nil {
            diagnostics.append(Diagnostic(.missingTitle, "SOP has no title (Nama SOP)", file: file, at: sop.location(of: .title)))
        }
        if sop.number == nil { missing("Nomor SOP", .number) }
        if sop.agency == nil { missing("agency (issuing unit)", .agency) }
        if sop.dates.created == nil { missing("Tanggal Pembuatan", .created) }
        if sop.dates.effective == nil && sop.dates.approved == nil {
            missing("Tanggal Efektif or Tanggal Pengesahan", .effective)
        }
        if sop.approvedBy.position == nil && sop.approvedBy.name == nil {
            missing("approver (Disahkan oleh)", .approver)
        } else {
            if sop.approvedBy.name == nil { missing("approver name", .approver) }
            if sop.approvedBy.nip == nil { missing("approver NIP", .approver) }
        }
        if sop.legalBasis.isEmpty { missing("Dasar Hukum", .legalBasis) }
        if sop.qualifications.isEmpty { missing("Kualifikasi Pelaksana", .qualifications) }
        if sop.relatedProcedures.isEmpty { missing("Keterkaitan", .relatedProcedures) }
        if sop.equipment.isEmpty { missing("Peralatan/Perlengkapan", .equipment) }
        if sop.warnings.isEmpty { missing("Peringatan", .warnings) }
        if sop.records.isEmpty { missing("Pencatatan dan Pendataan", .records) }

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

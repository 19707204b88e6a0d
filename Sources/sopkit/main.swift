import Foundation
import SOPKitCLI

exit(SOPKitCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))

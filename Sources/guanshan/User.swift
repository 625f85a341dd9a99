import ArgumentParser
import Foundation
import GuanshanLibrary
import GuanshanModel
import GuanshanWeb

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage accounts from the shell.", subcommands: [AddUser.self])
}

struct AddUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create an account.",
        discussion: """
            On a terminal the password is asked for twice and not shown; otherwise the first line of \
            standard input is the password (echo "$PASSWORD" | guanshan user add NAME --role editor).
            """)

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: "The account name: 2 to 32 letters (any script), digits, _ - or .")
    var name: String

    @Option(help: "admin, editor or reader.")
    var role: Role = .reader

    func run() async throws {
        let messages = CLIMessages.current
        guard let password = try readPassword(messages) else {
            FileHandle.standardError.write(Data((messages.passwordsDiffer + "\n").utf8))
            throw ExitCode.failure
        }
        let library = try await dataOptions.openLibrary()
        do {
            let user = try await library.accounts.addUser(name: name, password: password, role: role)
            print(messages.userAdded(user.name, user.role.rawValue))
        } catch let error as AccountError {
            FileHandle.standardError.write(Data((error.message(in: messages.english ? .en : .zhHans) + "\n").utf8))
            throw ExitCode.failure
        }
    }

    /// The password typed twice without echo on a terminal, or standard input's first line; nil when the two differ.
    private func readPassword(_ messages: CLIMessages) throws -> String? {
        guard isatty(STDIN_FILENO) != 0 else {
            return readLine(strippingNewline: true) ?? ""
        }
        let first = getpass(messages.passwordPrompt).map { String(cString: $0) } ?? ""
        let second = getpass(messages.passwordAgainPrompt).map { String(cString: $0) } ?? ""
        return first == second ? first : nil
    }
}

extension Role: ExpressibleByArgument {}

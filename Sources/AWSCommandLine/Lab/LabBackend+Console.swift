import IAMKit
import IAMPolicy

extension LabBackend {
    /// `rolecall console sign-in|switch-role|switch-back|history|whoami`: the console model the
    /// TUI uses (IAMKit's `ConsoleSession`), scriptable. The account is the global `--account`.
    func runConsole(_ operation: OperationSpec, parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        let store = try open(options, create: false)
        let service = self.service
        let dispatcher = self.dispatcher
        let readOnly = operation.name == "ConsoleHistory" || operation.name == "ConsoleWhoAmI"
        let color: ConsoleColor
        if let text = parameters["Color"]?.stringValue {
            guard let parsed = ConsoleColor(rawValue: text) else {
                throw .usage("argument --color: " + ArgumentWord.invalidChoice(text, choices: ConsoleColor.allCases.map(\.rawValue)))
            }
            color = parsed
        } else {
            color = .blue
        }
        if ["ConsoleSignIn", "ConsoleSwitchRole"].contains(operation.name), options.account == nil {
            throw .usage("the following arguments are required: --account")
        }
        return try transact(store, readOnly: readOnly, operation: operation.name) { lab -> JSONValue in
            func console() throws(CommandError) -> ConsoleSession {
                guard let session = try? lab.record(ConsoleSession.self, at: ConsoleSession.key("default")) else {
                    throw CommandError.other("rolecall: not signed in to the console. Sign in with: rolecall console sign-in --account ID [--user NAME]")
                }
                return session
            }
            func refused(_ error: ServiceError) -> CommandError {
                .console(ServiceFailure(error))
            }
            var session: ConsoleSession
            switch operation.name {
            case "ConsoleSignIn":
                do throws(ServiceError) {
                    session = try service.consoleSignIn(account: options.account ?? "", userName: parameters["UserName"]?.stringValue,
                                                        password: parameters["Password"]?.stringValue,
                                                        mfaCode: parameters["MFACode"]?.stringValue,
                                                        newPassword: parameters["NewPassword"]?.stringValue, in: &lab)
                } catch {
                    throw refused(error)
                }
            case "ConsoleSwitchRole":
                session = try console()
                do throws(ServiceError) {
                    try service.switchRole(&session, account: options.account ?? "", role: parameters["RoleName"]?.stringValue ?? "",
                                           displayName: parameters["DisplayName"]?.stringValue, color: color, in: &lab)
                } catch {
                    throw refused(error)
                }
            case "ConsoleSwitchBack":
                session = try console()
                do throws(ServiceError) { try service.switchBack(&session, in: &lab) } catch { throw refused(error) }
            case "ConsoleHistory":
                session = try console()
                return .object(["Roles": .array(session.history.map { entry in
                    .object(["Account": .string(entry.accountLabel), "RoleName": .string(entry.role),
                             "DisplayName": .string(entry.displayName), "Color": .string(entry.color.rawValue)])
                })])
            default:
                session = try console()
            }
            let caller = service.currentCaller(of: &session)
            do throws(ServiceError) {
                return try dispatcher.call(service: "sts", operation: "GetCallerIdentity", parameters: .object(JSONObject()),
                                           caller: caller, in: &lab)
            } catch {
                throw CommandError.service(ServiceFailure(error), operation: "GetCallerIdentity")
            }
        }
    }
}

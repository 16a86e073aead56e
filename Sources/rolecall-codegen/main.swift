// rolecall-codegen: writes Sources/AWSCommandLine/Generated/ and Sources/IAMKit/Generated/ from the trimmed AWS models
// under Sources/RolecallCodegen/Models/ (run from the package root).
//   rolecall-codegen generate            regenerate the Swift files
//   rolecall-codegen trim BOTOCORE_DATA [SERVICE_AUTHORIZATION_JSON]
//                                        re-trim the models from botocore's data folder
//                                        (service-2.json.gz uncompressed beside it as service-2.json),
//                                        and the access levels from the Service Authorization
//                                        Reference's JSON when it is given
import Foundation
import RolecallCodegen

let arguments = Array(CommandLine.arguments.dropFirst())
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("rolecall-codegen: \(message)\n".utf8))
    exit(1)
}

func write(_ text: String, to url: URL) {
    do { try Data(text.utf8).write(to: url) } catch { fail("\(url.path): cannot write: \(error.localizedDescription)") }
}

switch arguments.first {
case "generate":
    do {
        let folders = try CodeGenerator.generate(models: try CodeGenerator.loadModels(packageRoot: root))
        for (folderName, files) in folders.sorted(by: { $0.key < $1.key }) {
            let folder = root.appendingPathComponent(folderName)
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                fail("\(folder.path): cannot create: \(error.localizedDescription)")
            }
            for (name, text) in files.sorted(by: { $0.key < $1.key }) { write(text, to: folder.appendingPathComponent(name)) }
            print("wrote \(files.count) files to \(folderName)")
        }
    } catch { fail(error.description) }
case "trim":
    guard arguments.count == 2 || arguments.count == 3 else {
        fail("usage: rolecall-codegen trim BOTOCORE_DATA_FOLDER [SERVICE_AUTHORIZATION_JSON]")
    }
    if arguments.count == 3 {
        let reference = URL(fileURLWithPath: arguments[2])
        do {
            let text = try ModelTrimmer.trimAccessLevels(reference: try String(contentsOf: reference, encoding: .utf8),
                                                         sourceName: reference.lastPathComponent)
            write(text, to: root.appendingPathComponent(CodeGenerator.modelsFolder).appendingPathComponent(CodeGenerator.accessLevelsFile))
        } catch let error as CodegenError {
            fail(error.description)
        } catch {
            fail("\(reference.path): \(error.localizedDescription)")
        }
    }
    let data = URL(fileURLWithPath: arguments[1])
    let versions = ["iam": "iam/2010-05-08", "sts": "sts/2011-06-15"]
    for (service, file) in CodeGenerator.modelFiles.sorted(by: { $0.key < $1.key }) {
        guard let version = versions[service] else { continue }
        let folder = data.appendingPathComponent(version)
        do {
            let model = try String(contentsOf: folder.appendingPathComponent("service-2.json"), encoding: .utf8)
            let paginators = try String(contentsOf: folder.appendingPathComponent("paginators-1.json"), encoding: .utf8)
            let text = try ModelTrimmer.trim(service: service, model: model, paginators: paginators,
                                             botocoreFile: "botocore/data/\(version)/service-2.json.gz")
            write(text, to: root.appendingPathComponent(CodeGenerator.modelsFolder).appendingPathComponent(file))
        } catch let error as CodegenError {
            fail(error.description)
        } catch {
            fail("\(folder.path): \(error.localizedDescription)")
        }
    }
default:
    fail("usage: rolecall-codegen generate | trim BOTOCORE_DATA_FOLDER [SERVICE_AUTHORIZATION_JSON]")
}

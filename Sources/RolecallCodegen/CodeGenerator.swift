import Foundation
import IAMPolicy

/// The generator's entry points: read the committed models, produce every file of
/// `Sources/AWSCommandLine/Generated/` (operation tables, shapes) and
/// `Sources/IAMKit/Generated/` (the constraints the domain checks).
public enum CodeGenerator {
    /// The folder of the committed, trimmed models, relative to the package root.
    public static let modelsFolder = "Sources/RolecallCodegen/Models"
    /// The folder the operation table is written to, relative to the package root.
    public static let outputFolder = "Sources/AWSCommandLine/Generated"
    /// The folder the domain's constraint table is written to, relative to the package root.
    public static let domainOutputFolder = "Sources/IAMKit/Generated"
    /// The model file of each service, inside `modelsFolder`.
    public static let modelFiles = ["iam": "iam-2010-05-08.json", "sts": "sts-2011-06-15.json"]
    /// The access levels of the offered operations (Service Authorization Reference), inside `modelsFolder`.
    public static let accessLevelsFile = "access-levels.json"

    /// Reads the committed models under `packageRoot`.
    public static func loadModels(packageRoot: URL) throws(CodegenError) -> [String: ServiceModel] {
        var models: [String: ServiceModel] = [:]
        for (service, file) in modelFiles {
            let url = packageRoot.appendingPathComponent(modelsFolder).appendingPathComponent(file)
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw CodegenError("\(url.path): cannot read: \(error.localizedDescription)")
            }
            models[service] = try ServiceModel(json: text, service: service)
        }
        let url = packageRoot.appendingPathComponent(modelsFolder).appendingPathComponent(accessLevelsFile)
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw CodegenError("\(url.path): cannot read: \(error.localizedDescription)")
        }
        let levels: JSONValue
        do throws(JSONSyntaxError) { levels = try JSONParser.parse(text) } catch {
            throw CodegenError("\(url.path): not JSON: \(error)")
        }
        for service in models.keys {
            for member in levels[service]?.objectValue ?? [:] {
                guard let level = member.value.stringValue else { throw CodegenError("\(url.path): \(service).\(member.key) is not a string") }
                models[service]?.accessLevels[member.key] = level
            }
        }
        return models
    }

    /// Every generated file: folder (relative to the package root) → file name → contents.
    public static func generate(models: [String: ServiceModel]) throws(CodegenError) -> [String: [String: String]] {
        let emitter = SwiftEmitter(models: models)
        var files: [String: String] = [:]
        for file in CodegenManifest.operationFiles { files[file.fileName] = try emitter.operationFile(file) }
        files.merge(try emitter.shapeCatalog()) { first, _ in first }
        files["OperationTable+Generated.swift"] = emitter.operationTable()
        var domain = ["ModelConstraints+Generated.swift": try ConstraintEmitter(models: models).file()]
        let inputs = InputEmitter(models: models)
        for file in CodegenManifest.operationFiles { domain[InputEmitter.fileName(of: file)] = try inputs.file(file) }
        domain["OperationInput+All.swift"] = inputs.listFile()
        return [outputFolder: files, domainOutputFolder: domain]
    }
}

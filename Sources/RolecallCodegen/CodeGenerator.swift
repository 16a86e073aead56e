import Foundation

/// The generator's entry points: read the committed models, produce every file of
/// `Sources/AWSCommandLine/Generated/`.
public enum CodeGenerator {
    /// The folder of the committed, trimmed models, relative to the package root.
    public static let modelsFolder = "Sources/RolecallCodegen/Models"
    /// The folder the operation table is written to, relative to the package root.
    public static let outputFolder = "Sources/AWSCommandLine/Generated"
    /// The model file of each service, inside `modelsFolder`.
    public static let modelFiles = ["iam": "iam-2010-05-08.json", "sts": "sts-2011-06-15.json"]

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
        return models
    }

    /// Every generated file: name → contents.
    public static func generate(models: [String: ServiceModel]) throws(CodegenError) -> [String: String] {
        let emitter = SwiftEmitter(models: models)
        var files: [String: String] = [:]
        for file in CodegenManifest.operationFiles { files[file.fileName] = try emitter.operationFile(file) }
        files["ShapeCatalog+1.swift"] = try emitter.shapeCatalog()
        files["OperationTable+Generated.swift"] = emitter.operationTable()
        return files
    }
}

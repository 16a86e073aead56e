// rolecall-bench [suite…]: prints benchmark figures; with no argument every suite runs.
let suites = Set(CommandLine.arguments.dropFirst())
if suites.isEmpty || suites.contains("policy") { PolicyBenchmarks.run() }
if suites.isEmpty || suites.contains("domain") { DomainBenchmarks.run() }
if suites.isEmpty || suites.contains("store") { StoreBenchmarks.run() }

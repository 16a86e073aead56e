// rolecall-bench [suite…]: prints benchmark figures (medians); with no argument every suite runs.
// Suites: policy, domain, store, render, cli, exercises, endpoint, serve. Build with `swift build -c release`.
let suites = Set(CommandLine.arguments.dropFirst())
func wants(_ suite: String) -> Bool { suites.isEmpty || suites.contains(suite) }
if wants("policy") { PolicyBenchmarks.run() }
if wants("domain") { DomainBenchmarks.run() }
if wants("store") { StoreBenchmarks.run() }
if wants("render") { RenderBenchmarks.run() }
if wants("cli") { CLIBenchmarks.run() }
if wants("exercises") { ExerciseBenchmarks.run() }
if wants("endpoint") { EndpointBenchmarks.run() }
if wants("serve") { ServeBenchmarks.run() }

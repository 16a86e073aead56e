print("rolecall-bench: no benchmarks yet")
StoreBenchmarks.run()

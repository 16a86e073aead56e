print("rolecall-bench: no benchmarks yet")

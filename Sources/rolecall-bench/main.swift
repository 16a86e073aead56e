RenderBenchmarks.run()

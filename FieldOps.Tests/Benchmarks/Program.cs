using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(FieldOps.Benchmarks.PdfBenchmarks).Assembly).Run(args);

using BenchmarkDotNet.Running;
using FieldOps.Benchmarks.Scale;

// "scale": the flat-cost measurement at demo size and at 100× (see ScaleBenchmark); anything else: BenchmarkDotNet.
if (args.Length > 0 && args[0] == "scale")
{
    return await ScaleBenchmark.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(FieldOps.Benchmarks.PdfBenchmarks).Assembly).Run(args);
return 0;

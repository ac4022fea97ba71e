using BenchmarkDotNet.Running;
using FieldOps.Benchmarks.Circuits;
using FieldOps.Benchmarks.Scale;

// "scale": the flat-cost measurement at demo size and at 100× (see ScaleBenchmark); "circuits": what an idle dashboard
// tab costs the server (see CircuitBenchmark); "startup": first start on an empty folder and restart (see
// StartUpBenchmark); anything else: BenchmarkDotNet.
if (args.Length > 0 && args[0] == "scale")
{
    return await ScaleBenchmark.RunAsync(args[1..]);
}
if (args.Length == 3 && args[0] == "copy-to-postgresql")
{
    // copy-to-postgresql SQLITE_FILE CONNECTION_STRING: fills a PostgreSQL database the app has migrated with every row of
    // a FieldOps SQLite database (see PostgresCopy), e.g. a kept scale database, to read its query plans there.
    await PostgresCopy.CopyAsync(args[1], args[2]);
    return 0;
}
if (args.Length > 0 && args[0] == "circuits")
{
    return await CircuitBenchmark.RunAsync(args[1..]);
}
if (args.Length == 2 && args[0] == "pooled-buffers")
{
    // pooled-buffers PID: what the app's buffer pools hold, in bytes (see PooledBuffers), for the circuit benchmark,
    // which reads it in a process of its own so that a failed read cannot end the run.
    Console.WriteLine(PooledBuffers.Measure(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}
if (args.Length > 0 && args[0] == "startup")
{
    return await FieldOps.Benchmarks.StartUp.StartUpBenchmark.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(FieldOps.Benchmarks.PdfBenchmarks).Assembly).Run(args);
return 0;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkJob = BenchmarkDotNet.Jobs.Job;
using FieldOps.Data.Contracting;
using FieldOps.Data.Platform;
using FieldOps.Data.Workshop;
using FieldOps.Web.Documents;

namespace FieldOps.Benchmarks;

/// <summary>How long one 20-line document takes to generate, as a user waits for it: each of the 100 measured
/// iterations renders exactly one PDF, so the reported median is the median of 100 documents.</summary>
[Config(typeof(OneDocumentPerIteration))]
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private static readonly OrganizationSettings Settings = new()
    {
        CurrencyCode = "KES", CurrencyMinorUnits = 2, TaxRate = 0.16m, TaxLabel = "VAT", InvoicePrefix = "INV",
        AddressLine1 = "Plot 42, Enterprise Road", AddressLine2 = "Industrial Area", City = "Nairobi", Country = "Kenya",
        Phone = "+254 20 555 0142", Email = "accounts@garage.demo", TaxNumber = "P051234567X", TimeZoneId = "Africa/Nairobi",
    };

    private InvoiceView _invoice = default!;
    private VoucherView _voucher = default!;

    [GlobalSetup]
    public void Setup()
    {
        var invoiceLines = Enumerable.Range(1, 20).Select(i => new InvoiceLineView(i, i % 3 == 0 ? InvoiceLineKind.Part : InvoiceLineKind.Labour,
            $"Line {i}: brake service with pads, discs inspected and the system bled, road tested afterwards", i % 4 + 1, 1_250.50m * i,
            1_250.50m * i * (i % 4 + 1))).ToList();
        var subtotal = invoiceLines.Sum(l => l.LineTotal);
        _invoice = new InvoiceView(Guid.NewGuid(), "INV-2026-0042", InvoiceStatus.Issued, Guid.NewGuid(), "JOB-2026-0042", "Nyokabi Gathoni",
            "+254 701 000 555", "nyokabi@example.com", "KDZ 555E", "Toyota Axio 2016", DateTime.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)),
            invoiceLines, subtotal, 0.16m, "VAT", subtotal * 0.16m, subtotal * 1.16m, "KES", 2, "Thank you.", null, null, null, null, null, null, false,
            0m, subtotal * 1.16m, []);

        var voucherLines = Enumerable.Range(1, 20).Select(i => new VoucherLineView(i,
            $"Day {i}: blockwork to partition walls, grid lines C–E, with lintels set over the openings", 8, "worker-days", 1_500m, 12_000m)).ToList();
        _voucher = new VoucherView(Guid.NewGuid(), "PV-2026-0042", Guid.NewGuid(), "Mutua Building Works", "Masonry and concrete", null, "Riverside Apartments",
            new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 30), VoucherStatus.Approved, voucherLines, 240_000m, "KES", 2, "Four weeks of blockwork.",
            DateTime.UtcNow, DateTime.UtcNow, "Mercy Chebet", DateTime.UtcNow, null, null, null, null);
        // PDFsharp's one-off set-up (licence, fonts) is not part of a document's cost.
        _ = InvoiceDocument.Render(_invoice, "Demo Garage", Settings);
    }

    [Benchmark(Description = "Invoice PDF, 20 lines")]
    public byte[] Invoice() => InvoiceDocument.Render(_invoice, "Demo Garage", Settings);

    [Benchmark(Description = "Payment voucher PDF, 20 lines")]
    public byte[] Voucher() => VoucherDocument.Render(_voucher, "Demo Contracting", Settings);

    private sealed class OneDocumentPerIteration : ManualConfig
    {
        public OneDocumentPerIteration()
        {
            // In process: the measured code is the app's own build, with no generated project to restore.
            AddJob(BenchmarkJob.Default.WithLaunchCount(1).WithWarmupCount(10).WithIterationCount(100).WithInvocationCount(1).WithUnrollFactor(1)
                .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance));
            ArtifactsPath = Path.Combine("artifacts", "benchmarks");
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.P95);
        }
    }
}

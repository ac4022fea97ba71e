using System.Diagnostics;
using System.Globalization;
using FieldOps.Data.Platform;
using Microsoft.Data.Sqlite;

namespace FieldOps.Benchmarks.Scale;

/// <summary>How much to add to the demo database.</summary>
public sealed record ScaleSize(int Jobs, int DailyLogs, int Expenses, int Vouchers, int LedgerEntries, int MaintenanceRequests)
{
    /// <summary>The measurement's large data set: 100,000 jobs, 1,000,000 ledger entries (250,000 per subcontractor) and
    /// 100,000 maintenance requests.</summary>
    public static readonly ScaleSize Large = new(100_000, 100_000, 100_000, 20_000, 1_000_000, 100_000);

    public static ScaleSize Scaled(double factor) => new((int)(Large.Jobs * factor), (int)(Large.DailyLogs * factor), (int)(Large.Expenses * factor),
        (int)(Large.Vouchers * factor), (int)(Large.LedgerEntries * factor), (int)(Large.MaintenanceRequests * factor));
}

/// <summary>
/// Adds a deterministic, valid history to a migrated demo database by bulk insert: jobs with their vehicles, status
/// changes, notifications, parts requests and invoices for Demo Garage; daily logs, expense claims, vouchers and a
/// posted ledger (running totals and sequence numbers as the app writes them) for Demo Contracting; maintenance requests
/// in every open status and a paid, rated history (payments and ratings as the app writes them) for Demo Properties. The same seed
/// gives the same rows, so two runs measure the same data.
/// </summary>
public sealed class ScaleData(string databasePath, ScaleSize size)
{
    private static readonly DateTime Epoch = new(2023, 1, 1, 7, 0, 0, DateTimeKind.Utc);
    private readonly Random _random = new(20261201);
    private long _ticks;

    public async Task GenerateAsync()
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;");
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            await AddWorkshopAsync(connection, transaction);
            Console.WriteLine($"  workshop rows added after {clock.Elapsed.TotalSeconds:N0} s");
            await AddContractingAsync(connection, transaction);
            Console.WriteLine($"  contracting rows added after {clock.Elapsed.TotalSeconds:N0} s");
            await AddMaintenanceAsync(connection, transaction);
            await transaction.CommitAsync();
        }
        await ExecuteAsync(connection, "PRAGMA foreign_keys=ON; PRAGMA optimize=0x10002; PRAGMA wal_checkpoint(TRUNCATE);");
        Console.WriteLine($"  done in {clock.Elapsed.TotalSeconds:N0} s");
    }

    private async Task AddWorkshopAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var org = await ScalarAsync(connection, transaction, "SELECT Id FROM Organizations WHERE Name = 'Demo Garage'");
        var users = await UsersAsync(connection, transaction);
        var technicians = new[] { (users["technician@garage.demo"], "Peter Otieno"), (users["technician2@garage.demo"], "Grace Wanjiru") };
        var siteManager = users["sitemanager@garage.demo"];
        var items = await ColumnAsync(connection, transaction, "SELECT Id || '|' || UnitPrice FROM WarehouseItems WHERE OrganizationId = $org", org);

        var vehicle = Insert(connection, transaction, "Vehicles", "Id", "RegistrationNumber", "RegistrationKey", "OwnerName", "OwnerPhone", "Make", "Model",
            "Year", "Mileage", "OrganizationId", "CreatedAt", "CreatedBy", "Version");
        var job = Insert(connection, transaction, "Jobs", "Id", "Number", "VehicleId", "SiteManagerId", "TechnicianId", "OperationsStream", "RevenueStream",
            "IssuesReported", "WorkDone", "MileageAtIntake", "ReceivedAt", "AssignedAt", "StartedAt", "CompletedAt", "ReviewedAt", "BilledAt", "InvoiceId",
            "OrganizationId", "CreatedAt", "CreatedBy", "Version", "Status");
        // The search index, exactly as the app writes it for a vehicle and a job.
        var term = Insert(connection, transaction, "SearchTerms", "Id", "OrganizationId", "Term", "RecordId");
        async Task IndexAsync(string recordId, IEnumerable<string> terms)
        {
            foreach (var text in terms)
            {
                await term.RunAsync(NewId(), org, text, recordId);
            }
        }
        var change = Insert(connection, transaction, "StatusChanges", "Id", "OrganizationId", "EntityType", "EntityId", "FromStatus", "ToStatus", "Note",
            "ChangedByUserId", "ChangedByName", "ChangedAt");
        var notification = Insert(connection, transaction, "Notifications", "Id", "OrganizationId", "RecipientUserId", "Title", "Message", "Link",
            "RecordType", "RecordId", "CreatedAt", "ReadAt");
        var request = Insert(connection, transaction, "SparePartRequests", "Id", "JobId", "WarehouseItemId", "Quantity", "RequestedById", "RequestedByName",
            "DecidedByName", "DecidedAt", "IssuedByName", "IssuedAt", "UnitPrice", "CompletedAt", "OrganizationId", "CreatedAt", "CreatedBy", "Version", "Status");
        var invoice = Insert(connection, transaction, "Invoices", "Id", "Number", "JobId", "JobNumber", "CustomerName", "CustomerPhone", "VehicleRegistration",
            "VehicleDescription", "CurrencyCode", "CurrencyMinorUnits", "TaxRate", "TaxLabel", "Subtotal", "TaxAmount", "Total", "IssuedAt", "DueDate",
            "IsManual", "PaidAt", "PaidOn", "PaymentMethod", "PaymentReference", "OrganizationId", "CreatedAt", "Version", "Status", "AmountPaid");
        var line = Insert(connection, transaction, "InvoiceLines", "Id", "OrganizationId", "InvoiceId", "Position", "Kind", "Description", "Quantity",
            "UnitPrice", "LineTotal");

        string[] makes = ["Toyota", "Nissan", "Mazda", "Subaru", "Honda", "Isuzu", "Mitsubishi"];
        string[] owners = ["Wanjiku Kamau", "Otieno Ochieng", "Amina Hassan", "James Mwangi", "Grace Njoroge", "Peter Kiprono", "Mary Wambui"];
        string[] streams = ["Mechanical", "Electrical", "Body", "Interior"];
        var vehicleIds = new List<(string Id, string Registration, string Owner, string Description)>();
        for (var i = 0; i < size.Jobs; i++)
        {
            (string Id, string Registration, string Owner, string Description) car;
            if (vehicleIds.Count == 0 || _random.NextDouble() < 0.7)
            {
                var registration = $"S{(char)('A' + i % 26)}{(char)('A' + i / 26 % 26)} {i / 676 % 1000:D3}{(char)('A' + i / 676000 % 26)}";
                var make = makes[i % makes.Length];
                car = (NewId(), registration, owners[i % owners.Length], $"{make} Model {i % 9} {2005 + i % 20}");
                vehicleIds.Add(car);
                await vehicle.RunAsync(car.Id, registration, registration.Replace(" ", ""), car.Owner, $"+254 7{i % 100_000_000:D8}", make, $"Model {i % 9}",
                    2005 + i % 20, 50_000 + i % 200_000, org, Time(), siteManager, 0);
                await IndexAsync(car.Id, FieldOps.Data.Workshop.Vehicle.SearchTermsOf(registration, car.Owner));
            }
            else
            {
                car = vehicleIds[_random.Next(vehicleIds.Count)];
            }

            var id = NewId();
            var number = $"JOB-S{i + 1:D6}";
            var (technicianId, technicianName) = technicians[i % 2];
            // Most of the history is paid and done; a tail of open work in every state.
            var stage = i < size.Jobs * 0.7 ? 8 : _random.Next(9);
            string[] path = ["Received", "Assigned", "InProgress", "Completed", "ManagerReview", "Billing", "Invoiced"];
            var reached = Math.Min(stage, path.Length - 1);
            var received = Time();
            DateTime? At(int step) => reached >= step ? received.AddHours(step * 3) : null;
            var invoiceId = reached >= 6 ? NewId() : null;
            await job.RunAsync(id, number, car.Id, siteManager, reached >= 1 ? technicianId : null, streams[i % 4], i % 3 == 0 ? "Scheduled" : "WalkIn",
                "Customer reports a noise and asks for a service.", reached >= 3 ? "Serviced and road tested." : null, 50_000 + i % 200_000,
                Stamp(received), Stamp(At(1)), Stamp(At(2)), Stamp(At(3)), Stamp(At(4)), Stamp(At(5)), invoiceId, org, Stamp(received), siteManager,
                reached + 1, path[reached]);
            await IndexAsync(id, FieldOps.Data.Workshop.Job.SearchTermsOf(number));
            for (var step = 0; step <= reached; step++)
            {
                await change.RunAsync(NewId(), org, "Job", id, step == 0 ? null : path[step - 1], path[step], step == 0 ? "Vehicle received" : null,
                    step is 2 or 3 ? technicianId : siteManager, step is 2 or 3 ? technicianName : "Brian Kamau", Stamp(received.AddHours(step * 3)));
            }
            for (var n = 0; n < 4; n++)
            {
                await notification.RunAsync(NewId(), org, n == 0 ? technicianId : users[n == 1 ? "workshopmanager@garage.demo" : n == 2 ? "billing@garage.demo" : "sitemanager@garage.demo"],
                    $"Job {number} update", "Scale data notification.", $"/workshop/jobs/{id.ToLowerInvariant()}", "Job", id,
                    Stamp(received.AddHours(n)), _random.NextDouble() < 0.9 ? Stamp(received.AddHours(n + 1)) : null);
            }
            if (reached >= 3 && _random.NextDouble() < 0.92)
            {
                var item = items[i % items.Count].Split('|');
                await request.RunAsync(NewId(), id, item[0], 1, technicianId, technicianName, "David Mwangi", Stamp(received.AddHours(7)), "Faith Njeri",
                    Stamp(received.AddHours(8)), item[1], Stamp(received.AddHours(9)), org, Stamp(received.AddHours(6)), technicianId, 3, "Completed");
            }
            if (invoiceId is not null)
            {
                var subtotal = 1_000m + i % 50 * 100m;
                var tax = Math.Round(subtotal * 0.16m, 2, MidpointRounding.AwayFromZero);
                var paid = i < size.Jobs * 0.65;
                var issued = received.AddHours(18);
                await invoice.RunAsync(invoiceId, $"INV-S{i + 1:D6}", id, number, car.Owner, "+254 700 000 000", car.Registration, car.Description, "KES", 2,
                    Money(0.16m), "VAT", Money(subtotal), Money(tax), Money(subtotal + tax), Stamp(issued), Day(issued.AddDays(14)), 0,
                    paid ? Stamp(issued.AddDays(3)) : null, paid ? Day(issued.AddDays(3)) : null, paid ? "Mpesa" : null, paid ? $"QS{i:D8}" : null,
                    org, Stamp(issued), paid ? 1 : 0, paid ? "Paid" : "Issued", Money(paid ? subtotal + tax : 0m));
                await line.RunAsync(NewId(), org, invoiceId, 1, "Labour", "Service", "1.0", Money(subtotal), Money(subtotal));
            }
        }
    }

    private async Task AddContractingAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var org = await ScalarAsync(connection, transaction, "SELECT Id FROM Organizations WHERE Name = 'Demo Contracting'");
        var admin = (await UsersAsync(connection, transaction))["admin@contracting.demo"];
        var companies = await ColumnAsync(connection, transaction, "SELECT Id FROM Subcontractors WHERE OrganizationId = $org ORDER BY CompanyName", org);
        var project = await ScalarAsync(connection, transaction, "SELECT Id FROM Projects WHERE OrganizationId = $org ORDER BY Code LIMIT 1", org);

        var log = Insert(connection, transaction, "DailyLogs", "Id", "SubcontractorId", "ProjectId", "LogDate", "WorkSummary", "WorkersCount",
            "ReviewedByName", "ReviewedAt", "OrganizationId", "CreatedAt", "Version", "Status");
        var expense = Insert(connection, transaction, "Expenses", "Id", "SubcontractorId", "ProjectId", "Category", "Amount", "ExpenseDate", "Description",
            "ReviewedByName", "ReviewedAt", "OrganizationId", "CreatedAt", "Version", "Status");
        var voucher = Insert(connection, transaction, "Vouchers", "Id", "Number", "SubcontractorId", "ProjectId", "PeriodStart", "PeriodEnd", "CurrencyCode",
            "CurrencyMinorUnits", "Total", "SubmittedAt", "ApprovedByName", "ApprovedAt", "PaidOn", "PaymentMethod", "PaymentReference", "OrganizationId",
            "CreatedAt", "CreatedBy", "Version", "Status", "ApprovedById");
        var entry = Insert(connection, transaction, "LedgerEntries", "Id", "OrganizationId", "PartyType", "PartyId", "EntryType", "Amount", "EntryDate",
            "Reference", "Description", "CreatedAt", "CreatedByName", "Sequence", "CreditsAfter", "DeductionsAfter", "AdvancesAfter", "ExpensesAfter",
            "BalanceAfter");

        string[] statuses = ["Approved", "Approved", "Approved", "Rejected", "Submitted"];
        for (var i = 0; i < size.DailyLogs; i++)
        {
            var day = Epoch.AddDays(i % 1000);
            var status = statuses[i % statuses.Length];
            await log.RunAsync(NewId(), companies[i % companies.Count], project, Day(day), "Blockwork and plastering on the second floor.", 4 + i % 8,
                status == "Submitted" ? null : "Mercy Chebet", status == "Submitted" ? null : Stamp(day.AddHours(10)), org, Stamp(day.AddHours(9)),
                status == "Submitted" ? 0 : 1, status);
        }
        string[] pending = ["Approved", "Approved", "Rejected", "Pending"];
        for (var i = 0; i < size.Expenses; i++)
        {
            var day = Epoch.AddDays(i % 1000);
            var status = pending[i % pending.Length];
            await expense.RunAsync(NewId(), companies[i % companies.Count], project, "Fuel", Money(500m + i % 40 * 25m), Day(day), "Diesel for the mixer.",
                status == "Pending" ? null : "Mercy Chebet", status == "Pending" ? null : Stamp(day.AddHours(12)), org, Stamp(day.AddHours(11)),
                status == "Pending" ? 0 : 1, status);
        }
        for (var i = 0; i < size.Vouchers; i++)
        {
            var start = Epoch.AddDays(i % 1000);
            var paid = i % 5 != 0;
            await voucher.RunAsync(NewId(), $"PV-S{i + 1:D6}", companies[i % companies.Count], project, Day(start), Day(start.AddDays(6)), "KES", 2,
                Money(20_000m + i % 30 * 1_000m), Stamp(start.AddDays(7)), "Mercy Chebet", Stamp(start.AddDays(8)), paid ? Day(start.AddDays(9)) : null,
                paid ? "BankTransfer" : null, paid ? $"EFT-S{i:D6}" : null, org, Stamp(start.AddDays(7)), admin, paid ? 3 : 2, paid ? "Paid" : "Approved", admin);
        }

        // Each company's ledger continues after its demo entries, with the running totals the app keeps on every entry.
        var perCompany = size.LedgerEntries / companies.Count;
        foreach (var company in companies)
        {
            var last = await RowAsync(connection, transaction,
                "SELECT Sequence, CreditsAfter, DeductionsAfter, AdvancesAfter, ExpensesAfter FROM LedgerEntries WHERE PartyType = 'Subcontractor' AND PartyId = $org ORDER BY Sequence DESC LIMIT 1",
                company);
            var sequence = last is null ? 0L : long.Parse(last[0], CultureInfo.InvariantCulture);
            decimal credits = Parse(last, 1), deductions = Parse(last, 2), advances = Parse(last, 3), expenses = Parse(last, 4);
            for (var i = 0; i < perCompany; i++)
            {
                var kind = (i % 10) switch { < 6 => "Payment", < 8 => "Expense", 8 => "Deduction", _ => "Advance" };
                var amount = kind switch { "Payment" => 20_000m + i % 30 * 500m, "Expense" => 750m + i % 20 * 25m, "Deduction" => 1_500m, _ => 5_000m };
                switch (kind)
                {
                    case "Payment": credits += amount; break;
                    case "Expense": expenses += amount; break;
                    case "Deduction": deductions += amount; break;
                    default: advances += amount; break;
                }
                var day = Epoch.AddDays(i / 250.0);
                await entry.RunAsync(NewId(), org, "Subcontractor", company, kind, Money(amount), Day(day), $"SCALE-{i:D7}", $"{kind} (scale data)",
                    Stamp(day), "Mercy Chebet", ++sequence, Money(credits), Money(deductions), Money(advances), Money(expenses),
                    Money(credits - deductions - advances));
            }
        }
    }

    /// <summary>A version-7 style id from the seeded generator: time-ordered like the app's, and the same on every run.</summary>
    private async Task AddMaintenanceAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var org = await ScalarAsync(connection, transaction, "SELECT Id FROM Organizations WHERE Name = 'Demo Properties'");
        var zone = await ScalarAsync(connection, transaction, "SELECT Settings_TimeZoneId FROM Organizations WHERE Name = 'Demo Properties'");
        var users = await UsersAsync(connection, transaction);
        var staff = (Id: users["staff@properties.demo"], Name: "Moses Wekesa");
        var units = (await ColumnAsync(connection, transaction,
                "SELECT u.Id || '|' || u.Number || '|' || p.Id || '|' || p.Name || '|' || p.OwnerUserId || '|' || COALESCE(u.TenantUserId, '') "
                + "FROM Units u JOIN Properties p ON p.Id = u.PropertyId WHERE p.OrganizationId = $org ORDER BY p.Name, u.Number", org))
            .Select(row => row.Split('|')).ToList();
        var vendors = (await ColumnAsync(connection, transaction, "SELECT Id || '|' || Name || '|' || COALESCE(UserId, '') FROM Vendors WHERE OrganizationId = $org ORDER BY Name", org))
            .Select(row => row.Split('|')).ToList();
        var types = (await ColumnAsync(connection, transaction,
                "SELECT t.Id || '|' || c.Name FROM ExpenseTypes t JOIN ExpenseCategories c ON c.Id = t.CategoryId WHERE c.OrganizationId = $org ORDER BY t.Name", org))
            .Select(row => row.Split('|')).ToList();
        var names = (await ColumnAsync(connection, transaction, "SELECT Id || '|' || DisplayName FROM AspNetUsers"))
            .Select(row => row.Split('|')).ToDictionary(parts => parts[0], parts => parts[1]);

        var request = Insert(connection, transaction, "MaintenanceRequests", "Id", "Number", "PropertyId", "UnitId", "OwnerUserId", "TenantUserId",
            "RequestorType", "RequestedById", "RequestedByName", "ExpenseTypeId", "Title", "Description", "Priority", "PriorityRank", "PermissionToEnter",
            "CurrencyCode", "CurrencyMinorUnits", "IsOpen", "RequestedAt", "RequestedOn", "AssignDueAt", "OnSiteDueAt", "AssignedAt", "EstimatedAt", "ApprovedAt",
            "StartedAt", "CompletedAt", "CompletedOn", "VerifiedAt", "ClosedAt", "AssigneeUserId", "AssigneeName", "VendorId", "VendorUserId", "VendorName",
            "EstimatedCost", "EstimatedByName", "EstimateNeedsOwner", "ApprovedBudget", "ApprovedById", "ApprovedByName", "ActualCost", "CostVariance",
            "OrganizationId", "CreatedAt", "CreatedBy", "Version", "Status");
        var payment = Insert(connection, transaction, "MaintenancePayments", "Id", "OrganizationId", "RequestId", "Amount", "CurrencyCode", "PropertyId",
            "UnitId", "PropertyName", "UnitNumber", "CategoryName", "PaidTo", "PaidOn", "Method", "Reference", "LandlordUserId", "RecordedByName", "RecordedAt");
        var rating = Insert(connection, transaction, "MaintenanceRatings", "Id", "OrganizationId", "RequestId", "TenantUserId", "VendorId", "Overall",
            "ResponseTime", "Quality", "WouldRecommend", "RatedAt");

        string[] priorities = ["Low", "Medium", "Medium", "High", "Emergency"];
        // The open tail, in the order a request moves: how far it got decides which timestamps it has.
        string[] open = ["Pending", "Assigned", "Estimated", "Approved", "InProgress", "Completed"];
        for (var i = 0; i < size.MaintenanceRequests; i++)
        {
            var unit = units[i % units.Count];
            var (unitId, unitNumber, propertyId, propertyName, owner, tenant) = (unit[0], unit[1], unit[2], unit[3], unit[4], unit[5]);
            var type = types[i % types.Count];
            var vendor = i % 3 == 0 ? null : vendors[i % vendors.Count];
            var priority = priorities[i % priorities.Length];
            var requested = Time();
            var closed = i < size.MaintenanceRequests * 0.7;
            var status = closed ? "Closed" : open[_random.Next(open.Length)];
            var stage = closed ? 6 : Array.IndexOf(open, status);
            DateTime? At(int step, int hours) => stage >= step ? requested.AddHours(hours) : null;
            var estimate = 1_000m + i % 40 * 250m;
            var actual = stage >= 5 ? estimate + (i % 7 - 3) * 100m : (decimal?)null;
            var requestedBy = tenant.Length > 0 ? tenant : owner;
            var id = NewId();
            await request.RunAsync(id, $"MR-S{i + 1:D6}", propertyId, unitId, owner, tenant.Length > 0 ? tenant : null, tenant.Length > 0 ? "Tenant" : "Owner",
                requestedBy, names[requestedBy], type[0], "Scale request", "A fault reported for the scale data.", priority,
                priority switch { "Emergency" => 0, "High" => 1, "Medium" => 2, _ => 3 }, 1, "KES", 2, closed ? 0 : 1, Stamp(requested),
                Day(OrganizationTime.ToLocal(requested, zone)), Stamp(requested.AddHours(24)), Stamp(requested.AddHours(72)), Stamp(At(1, 2)), Stamp(At(2, 5)),
                Stamp(At(3, 8)), Stamp(At(4, 20)), Stamp(At(5, 30)), At(5, 30) is { } completed ? Day(OrganizationTime.ToLocal(completed, zone)) : null,
                Stamp(At(6, 40)), Stamp(At(6, 48)), stage >= 1 ? staff.Id : null, stage >= 1 ? staff.Name : null,
                stage >= 1 ? vendor?[0] : null, stage >= 1 && vendor?[2] is { Length: > 0 } vendorUser ? vendorUser : null, stage >= 1 ? vendor?[1] : null,
                stage >= 2 ? Money(estimate) : null, stage >= 2 ? staff.Name : null, 0, stage >= 3 ? Money(estimate) : null, stage >= 3 ? owner : null,
                stage >= 3 ? names[owner] : null, actual is { } cost ? Money(cost) : null, actual is { } spent ? Money(spent - estimate) : null, org,
                Stamp(requested), requestedBy, stage + 1, status);
            if (closed)
            {
                var paidAt = requested.AddHours(48);
                await payment.RunAsync(NewId(), org, id, Money(actual!.Value), "KES", propertyId, unitId, propertyName, unitNumber, type[1],
                    vendor?[1] ?? staff.Name, Day(paidAt), "Mpesa", $"QM{i:D8}", owner, names[owner], Stamp(paidAt));
                if (tenant.Length > 0)
                {
                    await rating.RunAsync(NewId(), org, id, tenant, vendor?[0], 3 + i % 3, 2 + i % 4, 3 + i % 3, i % 5 != 0 ? 1 : 0, Stamp(requested.AddHours(40)));
                }
            }
        }
        // The vendors' rating and jobs as the app keeps them: from verified ratings and paid work.
        await using var vendorTotals = connection.CreateCommand();
        vendorTotals.Transaction = transaction;
        vendorTotals.CommandText = """
            UPDATE Vendors SET
                RatingTotal = (SELECT COALESCE(SUM(Overall), 0) FROM MaintenanceRatings WHERE VendorId = Vendors.Id),
                RatingCount = (SELECT COUNT(*) FROM MaintenanceRatings WHERE VendorId = Vendors.Id),
                JobsCompleted = JobsCompleted + (SELECT COUNT(*) FROM MaintenanceRequests WHERE VendorId = Vendors.Id AND Status = 'Closed' AND Number LIKE 'MR-S%')
            WHERE OrganizationId = $org
            """;
        vendorTotals.Parameters.AddWithValue("$org", org);
        await vendorTotals.ExecuteNonQueryAsync();
    }

    private string NewId()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        var order = ++_ticks;
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(order & 0xFF);
            order >>= 8;
        }
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true).ToString().ToUpperInvariant();
    }

    private DateTime Time() => Epoch.AddMinutes(_random.Next(0, 1_000 * 24 * 60));

    private static string? Stamp(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    private static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.0###", CultureInfo.InvariantCulture);

    private static decimal Parse(string[]? row, int column) => row is null ? 0m : decimal.Parse(row[column], CultureInfo.InvariantCulture);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string? org = null) =>
        (await ColumnAsync(connection, transaction, sql, org)).Single();

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string? org = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$org", org ?? "");
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static async Task<string[]?> RowAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string org)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$org", org);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString()!).ToArray() : null;
    }

    private static async Task<Dictionary<string, string>> UsersAsync(SqliteConnection connection, SqliteTransaction transaction) =>
        (await ColumnAsync(connection, transaction, "SELECT Email || '|' || Id FROM AspNetUsers"))
        .Select(row => row.Split('|')).ToDictionary(parts => parts[0], parts => parts[1]);

    private static PreparedInsert Insert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns) =>
        new(connection, transaction, table, columns);

    /// <summary>One prepared INSERT, run once per row.</summary>
    private sealed class PreparedInsert
    {
        private readonly SqliteCommand _command;

        public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
                + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++)
            {
                _command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }
        }

        public Task RunAsync(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                _command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            return _command.ExecuteNonQueryAsync();
        }
    }
}

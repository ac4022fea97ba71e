using FieldOps.Data.Platform;

namespace FieldOps.Data.Maintenance;

/// <summary>A building the firm manages, owned by one landlord.</summary>
public sealed class Property : OrganizationEntity
{
    private Property()
    {
    }

    public Property(string name, string address, string? area, string ownerUserId)
    {
        Update(name, address, area, ownerUserId);
    }

    public string Name { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string? Area { get; private set; }

    /// <summary>The landlord who owns it: they see its requests and approve above the manager's limit.</summary>
    public string OwnerUserId { get; private set; } = "";

    /// <summary>A monthly maintenance budget of this property's own, kept beside its owner's (none: only the owner's applies).</summary>
    public decimal? MonthlyBudget { get; private set; }

    public void SetMonthlyBudget(decimal? budget) => MonthlyBudget = budget;

    public void Update(string name, string address, string? area, string ownerUserId)
    {
        Name = name.Trim();
        Address = address.Trim();
        Area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
        OwnerUserId = ownerUserId;
    }
}

/// <summary>A rentable unit of a property, with the tenant who lives there (if let).</summary>
public sealed class Unit : OrganizationEntity
{
    private Unit()
    {
    }

    public Unit(Guid propertyId, string number, int? floor, string? tenantUserId)
    {
        PropertyId = propertyId;
        Update(number, floor, tenantUserId);
    }

    public Guid PropertyId { get; private set; }
    public string Number { get; private set; } = "";
    public int? Floor { get; private set; }
    public string? TenantUserId { get; private set; }

    public void Update(string number, int? floor, string? tenantUserId)
    {
        Number = number.Trim();
        Floor = floor;
        TenantUserId = string.IsNullOrWhiteSpace(tenantUserId) ? null : tenantUserId;
    }
}

/// <summary>A service provider (seed 002's vendors). Its rating and jobs completed are never typed: they are kept
/// from the tenants' verified ratings, in the same transaction as each rating.</summary>
public sealed class Vendor : OrganizationEntity
{
    private Vendor()
    {
    }

    public Vendor(VendorDetails details) => Update(details);

    public string Name { get; private set; } = "";
    public VendorType VendorType { get; private set; }
    public string? ContactPerson { get; private set; }
    public string? PhonePrimary { get; private set; }
    public string? PhoneSecondary { get; private set; }
    public string? Mobile { get; private set; }
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public string? NationalId { get; private set; }
    public string? CommercialRegistration { get; private set; }
    public string? TaxNumber { get; private set; }
    public string? Specialization { get; private set; }
    public PaymentTerms PaymentTerms { get; private set; }
    public VendorPaymentMethod PreferredPaymentMethod { get; private set; }
    public bool EmergencyAvailable { get; private set; }
    public string? ServiceAreas { get; private set; }
    public bool IsActive { get; private set; } = true;
    public string? Notes { get; private set; }

    /// <summary>The vendor's portal account, if they have one (role Vendor).</summary>
    public string? UserId { get; private set; }

    /// <summary>Sum and count of verified overall ratings: the rating is their mean.</summary>
    public int RatingTotal { get; private set; }
    public int RatingCount { get; private set; }
    public int JobsCompleted { get; private set; }

    public decimal Rating => RatingCount == 0 ? 0m : Math.Round((decimal)RatingTotal / RatingCount, 2, MidpointRounding.AwayFromZero);

    /// <summary>The track record kept with the rating, from the same verified or paid work: would-recommend answers,
    /// starts within the on-site SLA, and actual cost against approved budgets. Suggestions and quote comparisons read
    /// them from this row, whatever the vendor's history.</summary>
    public int RecommendYes { get; private set; }
    public int RecommendAnswered { get; private set; }
    public int TimedJobs { get; private set; }
    public int OnTimeJobs { get; private set; }
    public decimal BudgetedTotal { get; private set; }
    public decimal ActualTotal { get; private set; }

    public VendorTrackRecord TrackRecord => new(
        RatingCount == 0 ? null : Rating, JobsCompleted,
        RecommendAnswered == 0 ? null : Math.Round((decimal)RecommendYes / RecommendAnswered * 100m, 1),
        TimedJobs == 0 ? null : Math.Round((decimal)OnTimeJobs / TimedJobs * 100m, 1),
        BudgetedTotal == 0 ? null : Math.Round((ActualTotal - BudgetedTotal) / BudgetedTotal * 100m, 1));

    public void Update(VendorDetails details)
    {
        Name = details.Name.Trim();
        VendorType = details.VendorType;
        ContactPerson = Clean(details.ContactPerson);
        PhonePrimary = Clean(details.PhonePrimary);
        PhoneSecondary = Clean(details.PhoneSecondary);
        Mobile = Clean(details.Mobile);
        Email = Clean(details.Email);
        Address = Clean(details.Address);
        NationalId = Clean(details.NationalId);
        CommercialRegistration = Clean(details.CommercialRegistration);
        TaxNumber = Clean(details.TaxNumber);
        Specialization = Clean(details.Specialization);
        PaymentTerms = details.PaymentTerms;
        PreferredPaymentMethod = details.PreferredPaymentMethod;
        EmergencyAvailable = details.EmergencyAvailable;
        ServiceAreas = Clean(details.ServiceAreas);
        IsActive = details.IsActive;
        Notes = Clean(details.Notes);
    }

    public void LinkUser(string? userId) => UserId = string.IsNullOrWhiteSpace(userId) ? null : userId;

    /// <summary>A tenant verified work this vendor did: one more job completed, its overall rating and would-recommend
    /// answer counted, and its timing and cost.</summary>
    internal void RecordVerifiedJob(MaintenanceRequest work, int overall, bool? wouldRecommend)
    {
        RatingTotal += overall;
        RatingCount++;
        if (wouldRecommend is { } recommends)
        {
            RecommendAnswered++;
            RecommendYes += recommends ? 1 : 0;
        }
        RecordJob(work);
    }

    /// <summary>Work closed by payment without a tenant's rating still counts as a job completed, with its timing and cost.</summary>
    internal void RecordUnratedJob(MaintenanceRequest work) => RecordJob(work);

    private void RecordJob(MaintenanceRequest work)
    {
        JobsCompleted++;
        if (work.StartedAt is { } started)
        {
            TimedJobs++;
            OnTimeJobs += started <= work.OnSiteDueAt ? 1 : 0;
        }
        if (work is { ApprovedBudget: > 0, ActualCost: { } actual })
        {
            BudgetedTotal += work.ApprovedBudget.Value;
            ActualTotal += actual;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record VendorDetails(string Name, VendorType VendorType, string? ContactPerson, string? PhonePrimary, string? PhoneSecondary,
    string? Mobile, string? Email, string? Address, string? NationalId, string? CommercialRegistration, string? TaxNumber, string? Specialization,
    PaymentTerms PaymentTerms, VendorPaymentMethod PreferredPaymentMethod, bool EmergencyAvailable, string? ServiceAreas, bool IsActive, string? Notes);

/// <summary>The top level of the expense hierarchy ("Building Maintenance", "Utilities").</summary>
public sealed class ExpenseCategory : OrganizationEntity
{
    private ExpenseCategory()
    {
    }

    public ExpenseCategory(string name, string? code, string? description, bool isTaxDeductible, int displayOrder)
    {
        Update(name, code, description, isTaxDeductible, true, displayOrder);
    }

    public string Name { get; private set; } = "";
    public string? Code { get; private set; }
    public string? Description { get; private set; }
    public bool IsTaxDeductible { get; private set; } = true;
    public bool IsActive { get; private set; } = true;
    public int DisplayOrder { get; private set; }

    public void Update(string name, string? code, string? description, bool isTaxDeductible, bool isActive, int displayOrder)
    {
        Name = name.Trim();
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        IsTaxDeductible = isTaxDeductible;
        IsActive = isActive;
        DisplayOrder = displayOrder;
    }
}

/// <summary>A specific service within a category ("Plumbing Service"), with its usual cost range.</summary>
public sealed class ExpenseType : OrganizationEntity
{
    private ExpenseType()
    {
    }

    public ExpenseType(Guid categoryId, ExpenseTypeDetails details)
    {
        CategoryId = categoryId;
        Update(details);
    }

    public Guid CategoryId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Code { get; private set; }
    public string? Description { get; private set; }
    public decimal? CostMin { get; private set; }
    public decimal? CostMax { get; private set; }
    public ExpenseFrequency Frequency { get; private set; } = ExpenseFrequency.AsNeeded;
    public bool IsEmergency { get; private set; }
    public bool IsActive { get; private set; } = true;
    public int DisplayOrder { get; private set; }

    public void Update(ExpenseTypeDetails details)
    {
        if (details.CostMin < 0 || (details.CostMin is not null && details.CostMax < details.CostMin))
        {
            throw new InputValidationException("costMax", "The highest usual cost cannot be below the lowest.");
        }
        Name = details.Name.Trim();
        Code = string.IsNullOrWhiteSpace(details.Code) ? null : details.Code.Trim();
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
        CostMin = details.CostMin;
        CostMax = details.CostMax;
        Frequency = details.Frequency;
        IsEmergency = details.IsEmergency;
        IsActive = details.IsActive;
        DisplayOrder = details.DisplayOrder;
    }
}

public sealed record ExpenseTypeDetails(string Name, string? Code, string? Description, decimal? CostMin, decimal? CostMax, ExpenseFrequency Frequency,
    bool IsEmergency, bool IsActive, int DisplayOrder);

/// <summary>A vendor's record in brief, for suggestions and quote comparisons: rating, jobs, would-recommend share, share
/// of starts within the SLA, and how far actual costs ran from approved budgets (percentages; null without history).</summary>
public sealed record VendorTrackRecord(decimal? Rating, int JobsCompleted, decimal? WouldRecommendPercent, decimal? OnTimePercent,
    decimal? CostVersusBudgetPercent)
{
    /// <summary>"4.5/5 · 12 jobs · 90% would recommend · 85% on time · 3% over budget".</summary>
    public string Summary()
    {
        var parts = new List<string> { Rating is { } r ? $"{r:0.0#}/5" : "not rated yet", $"{JobsCompleted} {(JobsCompleted == 1 ? "job" : "jobs")}" };
        if (WouldRecommendPercent is { } recommend)
        {
            parts.Add($"{recommend:0}% would recommend");
        }
        if (OnTimePercent is { } onTime)
        {
            parts.Add($"{onTime:0}% on time");
        }
        if (CostVersusBudgetPercent is { } variance)
        {
            parts.Add(variance == 0 ? "on budget" : $"{Math.Abs(variance):0.#}% {(variance > 0 ? "over" : "under")} budget");
        }
        return string.Join(" · ", parts);
    }
}

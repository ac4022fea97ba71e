using FieldOps.Data.Platform;
using FluentValidation;

namespace FieldOps.Data.Contracting;

public sealed class SubcontractorInput
{
    public string CompanyName { get; set; } = "";
    public string TradeType { get; set; } = "";
    public string? ContactPerson { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public decimal? DailyRate { get; set; }
}

public sealed class SubcontractorInputValidator : AbstractValidator<SubcontractorInput>
{
    public SubcontractorInputValidator()
    {
        RuleFor(x => x.CompanyName).NotEmpty().WithMessage("Enter the company name.").MaximumLength(160);
        RuleFor(x => x.TradeType).NotEmpty().WithMessage("Enter the trade (e.g. masonry, electrical, plumbing).").MaximumLength(80);
        RuleFor(x => x.ContactPerson).MaximumLength(120);
        RuleFor(x => x.Phone).MaximumLength(30);
        RuleFor(x => x.Email).EmailAddress().WithMessage("Enter a valid e-mail address, or leave it empty.").MaximumLength(200);
        RuleFor(x => x.DailyRate).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"The daily rate is between 0 and {InputLimits.MaxAmount:N0}.");
    }
}

public sealed class ProjectInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Site { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class ProjectInputValidator : AbstractValidator<ProjectInput>
{
    public ProjectInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter a short project code.").MaximumLength(20)
            .Matches("^[A-Za-z0-9-]+$").WithMessage("A project code has only letters, digits and dashes.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the project.").MaximumLength(160);
        RuleFor(x => x.Site).MaximumLength(200);
    }
}

/// <summary>A daily log as the contractor sends it. The subcontractor is never part of it: it is the signed-in
/// contractor's company.</summary>
public sealed class DailyLogInput
{
    public DateOnly? LogDate { get; set; }
    public string WorkSummary { get; set; } = "";
    public int? WorkersCount { get; set; }
    public Guid? ProjectId { get; set; }
}

public sealed class DailyLogInputValidator : AbstractValidator<DailyLogInput>
{
    public DailyLogInputValidator()
    {
        RuleFor(x => x.LogDate).NotNull().WithMessage("Enter the date of the work.");
        RuleFor(x => x.WorkSummary).NotEmpty().WithMessage("Describe the work done.").MaximumLength(4000);
        RuleFor(x => x.WorkersCount).InclusiveBetween(0, 10_000).WithMessage("The number of workers cannot be negative.");
    }
}

public sealed class ExpenseInput
{
    public ExpenseCategory? Category { get; set; }
    public decimal? Amount { get; set; }
    public DateOnly? ExpenseDate { get; set; }
    public string Description { get; set; } = "";
    public Guid? ProjectId { get; set; }
}

public sealed class ExpenseInputValidator : AbstractValidator<ExpenseInput>
{
    public ExpenseInputValidator()
    {
        RuleFor(x => x.Category).NotNull().WithMessage("Choose the category: fuel, materials, labour, transport or other.");
        RuleFor(x => x.Amount).NotNull().WithMessage("Enter the amount.")
            .GreaterThan(0).WithMessage("The amount must be more than zero.")
            .LessThanOrEqualTo(InputLimits.MaxAmount).WithMessage($"An amount cannot be more than {InputLimits.MaxAmount:N0}.");
        RuleFor(x => x.ExpenseDate).NotNull().WithMessage("Enter the date of the expense.");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Say what the money was spent on.").MaximumLength(1000);
    }
}

public sealed class MaterialInput
{
    public string ItemName { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal? Quantity { get; set; }
    public string? Location { get; set; }
    public string? Notes { get; set; }
}

public sealed class MaterialInputValidator : AbstractValidator<MaterialInput>
{
    public MaterialInputValidator()
    {
        RuleFor(x => x.ItemName).NotEmpty().WithMessage("Name the material.").MaximumLength(160);
        RuleFor(x => x.Unit).NotEmpty().WithMessage("Enter the unit (bags, tonnes, pieces…).").MaximumLength(20);
        RuleFor(x => x.Quantity).NotNull().WithMessage("Enter the quantity.").InclusiveBetween(0, 100_000_000).WithMessage("A quantity cannot be negative.");
        RuleFor(x => x.Location).MaximumLength(120);
        RuleFor(x => x.Notes).MaximumLength(500);
    }
}

public sealed class VoucherLineInput
{
    public string Description { get; set; } = "";
    public decimal? Quantity { get; set; } = 1;
    public string? Unit { get; set; }
    public decimal? Rate { get; set; }
}

public sealed class VoucherInput
{
    public Guid SubcontractorId { get; set; }
    public Guid? ProjectId { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? Notes { get; set; }

    /// <summary>The work claimed. Left out, the lines are drafted from the subcontractor's approved daily logs in the period.</summary>
    public List<VoucherLineInput>? Lines { get; set; }
}

public sealed class VoucherLineInputValidator : AbstractValidator<VoucherLineInput>
{
    public VoucherLineInputValidator()
    {
        RuleFor(l => l.Description).NotEmpty().WithMessage("Describe the line.").MaximumLength(300);
        RuleFor(l => l.Quantity).NotNull().WithMessage("Enter the quantity.").GreaterThan(0).WithMessage("The quantity must be more than zero.")
            .LessThanOrEqualTo(InputLimits.MaxLineQuantity).WithMessage($"A line's quantity cannot be more than {InputLimits.MaxLineQuantity:N0}.");
        RuleFor(l => l.Unit).MaximumLength(20);
        RuleFor(l => l.Rate).NotNull().WithMessage("Enter the rate.").InclusiveBetween(0, InputLimits.MaxAmount)
            .WithMessage($"The rate is between 0 and {InputLimits.MaxAmount:N0}.");
    }
}

public sealed class VoucherInputValidator : AbstractValidator<VoucherInput>
{
    public VoucherInputValidator()
    {
        RuleFor(x => x.SubcontractorId).NotEmpty().WithMessage("Choose the subcontractor.");
        RuleFor(x => x.PeriodStart).NotNull().WithMessage("Enter the first day of the period.");
        RuleFor(x => x.PeriodEnd).NotNull().WithMessage("Enter the last day of the period.")
            .GreaterThanOrEqualTo(x => x.PeriodStart).WithMessage("The period ends before it starts.")
            .Must((x, end) => x.PeriodStart is null || end is null || end.Value.DayNumber - x.PeriodStart.Value.DayNumber < InputLimits.MaxVoucherPeriodDays)
            .WithMessage($"A voucher covers at most {InputLimits.MaxVoucherPeriodDays} days.");
        RuleFor(x => x.Notes).MaximumLength(1000);
        RuleFor(x => x.Lines).Must(lines => lines is null || lines.Count <= InputLimits.MaxDocumentLines)
            .WithMessage($"A voucher has at most {InputLimits.MaxDocumentLines} lines.");
        RuleForEach(x => x.Lines).SetValidator(new VoucherLineInputValidator());
    }
}

public sealed class VoucherLinesInput
{
    public List<VoucherLineInput> Lines { get; set; } = [];
}

public sealed class VoucherLinesInputValidator : AbstractValidator<VoucherLinesInput>
{
    public VoucherLinesInputValidator()
    {
        RuleFor(x => x.Lines).Must(lines => lines.Count <= InputLimits.MaxDocumentLines)
            .WithMessage($"A voucher has at most {InputLimits.MaxDocumentLines} lines.");
        RuleForEach(x => x.Lines).SetValidator(new VoucherLineInputValidator());
    }
}

public sealed class VoucherPaymentInput
{
    public DateOnly? PaidOn { get; set; }
    public PaymentMethod? Method { get; set; }
    public string? Reference { get; set; }
}

public sealed class VoucherPaymentInputValidator : AbstractValidator<VoucherPaymentInput>
{
    public VoucherPaymentInputValidator()
    {
        RuleFor(x => x.PaidOn).NotNull().WithMessage("Enter the payment date.");
        RuleFor(x => x.Method).NotNull().WithMessage("Choose how it was paid.");
        // The length applies whatever the method; only the need for a reference depends on it.
        RuleFor(x => x.Reference).MaximumLength(InputLimits.MaxReferenceLength);
        RuleFor(x => x.Reference).NotEmpty().When(x => Payment.NeedsReference(x.Method))
            .WithMessage(Payment.ReferenceMissing);
    }
}

public sealed class LedgerEntryInput
{
    public LedgerEntryType? EntryType { get; set; }
    public decimal? Amount { get; set; }
    public DateOnly? EntryDate { get; set; }
    public string? Reference { get; set; }
    public string Description { get; set; } = "";
}

public sealed class LedgerEntryInputValidator : AbstractValidator<LedgerEntryInput>
{
    public LedgerEntryInputValidator()
    {
        RuleFor(x => x.EntryType).NotNull().WithMessage("Choose deduction or advance.")
            .Must(t => t is LedgerEntryType.Deduction or LedgerEntryType.Advance)
            .WithMessage("Enter deductions and advances here; payments come from vouchers and expenses from approved claims.");
        RuleFor(x => x.Amount).NotNull().WithMessage("Enter the amount.").GreaterThan(0).WithMessage("The amount must be more than zero.")
            .LessThanOrEqualTo(InputLimits.MaxAmount).WithMessage($"An amount cannot be more than {InputLimits.MaxAmount:N0}.");
        RuleFor(x => x.EntryDate).NotNull().WithMessage("Enter the date.");
        RuleFor(x => x.Reference).MaximumLength(100);
        RuleFor(x => x.Description).NotEmpty().WithMessage("Say what the entry is for.").MaximumLength(LedgerEntry.DescriptionMaxLength);
    }
}

public sealed class BulkApproveInput
{
    public List<Guid> Ids { get; set; } = [];
}

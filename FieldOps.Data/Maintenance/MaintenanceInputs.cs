using FieldOps.Data.Platform;
using FluentValidation;
using static FieldOps.Data.Maintenance.MaintenanceLimits;

namespace FieldOps.Data.Maintenance;

/// <summary>A new maintenance request. A tenant's unit is their own whatever they send; staff name the unit or property.</summary>
public sealed class CreateRequestInput
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public MaintenancePriority? Priority { get; set; } = MaintenancePriority.Medium;
    public Guid? UnitId { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? ExpenseTypeId { get; set; }
    public bool? PermissionToEnter { get; set; }
    public string? Availability { get; set; }
    public string? AccessNotes { get; set; }
}

public sealed class CreateRequestInputValidator : AbstractValidator<CreateRequestInput>
{
    public CreateRequestInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Say in a few words what is wrong (e.g. \"Kitchen sink leaking\").").MaximumLength(Title);
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe the problem: where it is and since when.").MaximumLength(Description);
        RuleFor(x => x.Priority).NotNull().WithMessage("Choose how urgent it is.");
        RuleFor(x => x.Availability).MaximumLength(MaintenanceLimits.Availability);
        RuleFor(x => x.AccessNotes).MaximumLength(Notes);
    }
}

public sealed class AssignInput
{
    public string? AssigneeUserId { get; set; }
    public Guid? VendorId { get; set; }
}

public sealed class MessageInput
{
    public string Text { get; set; } = "";
    public bool? Internal { get; set; }
}

public sealed class MessageInputValidator : AbstractValidator<MessageInput>
{
    public MessageInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write the message.").MaximumLength(Message);
    }
}

public sealed class EstimateLineInput
{
    public string Item { get; set; } = "";
    public decimal? Quantity { get; set; } = 1;
    public decimal? UnitCost { get; set; }
}

public sealed class EstimateInput
{
    public List<EstimateLineInput> Lines { get; set; } = [];
    public string? EstimatedDuration { get; set; }
    public string? Notes { get; set; }
}

public sealed class EstimateInputValidator : AbstractValidator<EstimateInput>
{
    public EstimateInputValidator()
    {
        RuleFor(x => x.Lines).NotEmpty().WithMessage("Add at least one line: item, quantity and unit cost.")
            .Must(l => l.Count <= MaxLines).WithMessage($"An estimate has at most {MaxLines} lines.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Item).NotEmpty().WithMessage("Name the item.").MaximumLength(LineItem);
            line.RuleFor(l => l.Quantity).NotNull().WithMessage("Enter the quantity.")
                .GreaterThan(0).WithMessage("The quantity must be more than zero.")
                .LessThanOrEqualTo(InputLimits.MaxLineQuantity).WithMessage($"A quantity cannot be more than {InputLimits.MaxLineQuantity:N0}.");
            line.RuleFor(l => l.UnitCost).NotNull().WithMessage("Enter the unit cost.")
                .InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"A unit cost is between 0 and {InputLimits.MaxAmount:N0}.");
        });
        RuleFor(x => x.EstimatedDuration).MaximumLength(Duration);
        RuleFor(x => x.Notes).MaximumLength(Notes);
    }
}

public sealed class QuoteItemInput
{
    public string Item { get; set; } = "";
    public decimal? Cost { get; set; }
}

public sealed class QuoteInput
{
    public Guid? VendorId { get; set; }
    public string? VendorName { get; set; }
    public string? VendorContact { get; set; }
    public string? VendorEmail { get; set; }
    public decimal? Amount { get; set; }
    public string Description { get; set; } = "";
    public List<QuoteItemInput> Items { get; set; } = [];
    public DateOnly? ValidUntil { get; set; }
}

public sealed class QuoteInputValidator : AbstractValidator<QuoteInput>
{
    public QuoteInputValidator()
    {
        RuleFor(x => x.VendorName).NotEmpty().When(x => x.VendorId is null).WithMessage("Choose a vendor on file, or name the outside vendor.")
            .MaximumLength(Name);
        RuleFor(x => x.VendorContact).MaximumLength(Phone);
        RuleFor(x => x.VendorEmail).EmailAddress().WithMessage("Enter a valid e-mail address, or leave it empty.").MaximumLength(Email);
        RuleFor(x => x.Amount).NotNull().WithMessage("Enter the quoted amount.")
            .GreaterThan(0).WithMessage("The amount must be more than zero.")
            .LessThanOrEqualTo(InputLimits.MaxAmount).WithMessage($"An amount cannot be more than {InputLimits.MaxAmount:N0}.");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe the work quoted for.").MaximumLength(MaintenanceLimits.Description);
        RuleFor(x => x.Items).NotEmpty().WithMessage("Itemize the quote: at least one line with its cost.")
            .Must(i => i.Count <= MaxLines).WithMessage($"A quote has at most {MaxLines} items.");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Item).NotEmpty().WithMessage("Name the item.").MaximumLength(LineItem);
            item.RuleFor(i => i.Cost).NotNull().WithMessage("Enter the item's cost.")
                .InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"A cost is between 0 and {InputLimits.MaxAmount:N0}.");
        });
        RuleFor(x => x.ValidUntil).NotNull().WithMessage("Enter the date the quote is valid until.");
    }
}

public sealed class ScheduleInput
{
    /// <summary>The visit: in the firm's local time, or in UTC when marked so ("Z").</summary>
    public DateTime? ScheduledFor { get; set; }
}

public sealed class ProgressInput
{
    public string Note { get; set; } = "";
}

public sealed class ProgressInputValidator : AbstractValidator<ProgressInput>
{
    public ProgressInputValidator()
    {
        RuleFor(x => x.Note).NotEmpty().WithMessage("Say what was done.").MaximumLength(Message);
    }
}

public sealed class FinalLineInput
{
    public string Item { get; set; } = "";
    public decimal? Planned { get; set; }
    public decimal? Actual { get; set; }
}

public sealed class CompleteInput
{
    public decimal? ActualCost { get; set; }
    public List<FinalLineInput>? Lines { get; set; }
    public string? VarianceReason { get; set; }
    public string CompletionNotes { get; set; } = "";
    public string? ReceiptNumber { get; set; }
}

public sealed class CompleteInputValidator : AbstractValidator<CompleteInput>
{
    public CompleteInputValidator()
    {
        RuleFor(x => x.ActualCost).NotNull().WithMessage("Enter the final cost.")
            .InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"The final cost is between 0 and {InputLimits.MaxAmount:N0}.");
        RuleFor(x => x.Lines).Must(l => l is null || l.Count <= MaxLines).WithMessage($"At most {MaxLines} lines.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Item).NotEmpty().WithMessage("Name the item.").MaximumLength(LineItem);
            line.RuleFor(l => l.Planned).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"An amount is between 0 and {InputLimits.MaxAmount:N0}.");
            line.RuleFor(l => l.Actual).NotNull().WithMessage("Enter what the item actually cost.")
                .InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"An amount is between 0 and {InputLimits.MaxAmount:N0}.");
        });
        RuleFor(x => x.VarianceReason).MaximumLength(Notes);
        RuleFor(x => x.CompletionNotes).NotEmpty().WithMessage("Describe the work done.").MaximumLength(Notes);
        RuleFor(x => x.ReceiptNumber).MaximumLength(Receipt);
    }
}

public sealed class VerifyInput
{
    public int? Overall { get; set; }
    public int? ResponseTime { get; set; }
    public int? Quality { get; set; }
    public int? Professionalism { get; set; }
    public int? Communication { get; set; }
    public bool? WouldRecommend { get; set; }
    public string? Feedback { get; set; }
}

public sealed class VerifyInputValidator : AbstractValidator<VerifyInput>
{
    public VerifyInputValidator()
    {
        const string stars = "Give 1 to 5 stars.";
        RuleFor(x => x.Overall).NotNull().WithMessage("Give the work an overall rating from 1 to 5 stars.").InclusiveBetween(MinRating, MaxRating).WithMessage(stars);
        RuleFor(x => x.ResponseTime).InclusiveBetween(MinRating, MaxRating).WithMessage(stars);
        RuleFor(x => x.Quality).InclusiveBetween(MinRating, MaxRating).WithMessage(stars);
        RuleFor(x => x.Professionalism).InclusiveBetween(MinRating, MaxRating).WithMessage(stars);
        RuleFor(x => x.Communication).InclusiveBetween(MinRating, MaxRating).WithMessage(stars);
        RuleFor(x => x.Feedback).MaximumLength(Notes);
    }
}

public sealed class MaintenancePaymentInput
{
    public PaymentMethod? Method { get; set; }
    public string? Reference { get; set; }
    public DateOnly? PaidAt { get; set; }
}

public sealed class MaintenancePaymentInputValidator : AbstractValidator<MaintenancePaymentInput>
{
    public MaintenancePaymentInputValidator()
    {
        RuleFor(x => x.Method).NotNull().WithMessage("Choose how it was paid: M-PESA, bank transfer, cash, cheque or card.");
        RuleFor(x => x.Reference).MaximumLength(InputLimits.MaxReferenceLength);
        RuleFor(x => x.Reference).NotEmpty().When(x => Payment.NeedsReference(x.Method)).WithMessage(Payment.ReferenceMissing);
        RuleFor(x => x.Reference).Matches("^[A-Za-z0-9]{10}$").When(x => x.Method == PaymentMethod.Mpesa && !string.IsNullOrWhiteSpace(x.Reference))
            .WithMessage("An M-PESA code is 10 letters and digits (e.g. QK7HX2M9PL).");
        RuleFor(x => x.PaidAt).NotNull().WithMessage("Enter the payment date.");
    }
}

public sealed class ApprovalInput
{
    public string? Notes { get; set; }

    /// <summary>The approver saw that this approval takes the month past the landlord's budget, and approves anyway.</summary>
    public bool ConfirmOverBudget { get; set; }
}

public sealed class PropertyInput
{
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public string? Area { get; set; }
    public string OwnerUserId { get; set; } = "";
}

public sealed class PropertyInputValidator : AbstractValidator<PropertyInput>
{
    public PropertyInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the property.").MaximumLength(Name);
        RuleFor(x => x.Address).NotEmpty().WithMessage("Enter the address.").MaximumLength(Address);
        RuleFor(x => x.Area).MaximumLength(Area);
        RuleFor(x => x.OwnerUserId).NotEmpty().WithMessage("Choose the landlord who owns it.").MaximumLength(450);
    }
}

public sealed class UnitInput
{
    public Guid? PropertyId { get; set; }
    public string Number { get; set; } = "";
    public int? Floor { get; set; }
    public string? TenantUserId { get; set; }
}

public sealed class UnitInputValidator : AbstractValidator<UnitInput>
{
    public UnitInputValidator()
    {
        RuleFor(x => x.PropertyId).NotNull().WithMessage("Choose the property.");
        RuleFor(x => x.Number).NotEmpty().WithMessage("Enter the unit number.").MaximumLength(UnitNumber);
        RuleFor(x => x.Floor).InclusiveBetween(-10, 300).WithMessage("A floor is between -10 and 300.");
        RuleFor(x => x.TenantUserId).MaximumLength(450);
    }
}

public sealed class VendorInput
{
    public string Name { get; set; } = "";
    public VendorType? VendorType { get; set; } = Maintenance.VendorType.Contractor;
    public string? ContactPerson { get; set; }
    public string? PhonePrimary { get; set; }
    public string? PhoneSecondary { get; set; }
    public string? Mobile { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? NationalId { get; set; }
    public string? CommercialRegistration { get; set; }
    public string? TaxNumber { get; set; }
    public string? Specialization { get; set; }
    public PaymentTerms? PaymentTerms { get; set; } = Maintenance.PaymentTerms.Net30;
    public VendorPaymentMethod? PreferredPaymentMethod { get; set; } = VendorPaymentMethod.BankTransfer;
    public bool EmergencyAvailable { get; set; }
    public string? ServiceAreas { get; set; }
    public bool IsActive { get; set; } = true;
    public string? Notes { get; set; }
    public string? UserId { get; set; }

    public VendorDetails ToDetails() => new(Name, VendorType ?? Maintenance.VendorType.Contractor, ContactPerson, PhonePrimary, PhoneSecondary, Mobile, Email,
        Address, NationalId, CommercialRegistration, TaxNumber, Specialization, PaymentTerms ?? Maintenance.PaymentTerms.Net30,
        PreferredPaymentMethod ?? VendorPaymentMethod.BankTransfer, EmergencyAvailable, ServiceAreas, IsActive, Notes);
}

public sealed class VendorInputValidator : AbstractValidator<VendorInput>
{
    public VendorInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the vendor's name.").MaximumLength(Name);
        RuleFor(x => x.VendorType).NotNull().WithMessage("Choose the type of vendor.");
        RuleFor(x => x.ContactPerson).MaximumLength(Person);
        RuleFor(x => x.PhonePrimary).MaximumLength(Phone);
        RuleFor(x => x.PhoneSecondary).MaximumLength(Phone);
        RuleFor(x => x.Mobile).MaximumLength(Phone);
        RuleFor(x => x.Email).EmailAddress().WithMessage("Enter a valid e-mail address, or leave it empty.").MaximumLength(Email);
        RuleFor(x => x.Address).MaximumLength(Address);
        RuleFor(x => x.NationalId).MaximumLength(LegalId);
        RuleFor(x => x.CommercialRegistration).MaximumLength(LegalId);
        RuleFor(x => x.TaxNumber).MaximumLength(LegalId);
        RuleFor(x => x.Specialization).MaximumLength(LongText);
        RuleFor(x => x.ServiceAreas).MaximumLength(LongText);
        RuleFor(x => x.Notes).MaximumLength(LongText);
        RuleFor(x => x.UserId).MaximumLength(450);
    }
}

public sealed class ExpenseCategoryInput
{
    public string Name { get; set; } = "";
    public string? Code { get; set; }
    public string? Description { get; set; }
    public bool IsTaxDeductible { get; set; } = true;
    public bool IsActive { get; set; } = true;
    public int DisplayOrder { get; set; }
}

public sealed class ExpenseCategoryInputValidator : AbstractValidator<ExpenseCategoryInput>
{
    public ExpenseCategoryInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the category.").MaximumLength(Name);
        RuleFor(x => x.Code).MaximumLength(Code);
        RuleFor(x => x.Description).MaximumLength(LongText);
        RuleFor(x => x.DisplayOrder).InclusiveBetween(0, 10_000);
    }
}

public sealed class ExpenseTypeInput
{
    public Guid? CategoryId { get; set; }
    public string Name { get; set; } = "";
    public string? Code { get; set; }
    public string? Description { get; set; }
    public decimal? CostMin { get; set; }
    public decimal? CostMax { get; set; }
    public ExpenseFrequency? Frequency { get; set; } = ExpenseFrequency.AsNeeded;
    public bool IsEmergency { get; set; }
    public bool IsActive { get; set; } = true;
    public int DisplayOrder { get; set; }

    public ExpenseTypeDetails ToDetails() => new(Name, Code, Description, CostMin, CostMax, Frequency ?? ExpenseFrequency.AsNeeded, IsEmergency, IsActive, DisplayOrder);
}

public sealed class ExpenseTypeInputValidator : AbstractValidator<ExpenseTypeInput>
{
    public ExpenseTypeInputValidator()
    {
        RuleFor(x => x.CategoryId).NotNull().WithMessage("Choose the category.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the expense type.").MaximumLength(Name);
        RuleFor(x => x.Code).MaximumLength(Code);
        RuleFor(x => x.Description).MaximumLength(LongText);
        RuleFor(x => x.CostMin).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"A cost is between 0 and {InputLimits.MaxAmount:N0}.");
        RuleFor(x => x.CostMax).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"A cost is between 0 and {InputLimits.MaxAmount:N0}.")
            .GreaterThanOrEqualTo(x => x.CostMin).When(x => x.CostMin is not null && x.CostMax is not null)
            .WithMessage("The highest usual cost cannot be below the lowest.");
        RuleFor(x => x.DisplayOrder).InclusiveBetween(0, 10_000);
    }
}

public sealed class MaintenanceSettingsInput
{
    public decimal? AutoApprovalThreshold { get; set; }
    public decimal? QuoteThreshold { get; set; }
    public decimal? OwnerApprovalLimit { get; set; }
    public decimal? EmergencyAutoApprovalLimit { get; set; }
    public decimal? MonthlyBudget { get; set; }
    public decimal? BudgetAlertShare { get; set; }
    public bool? BudgetAlerts { get; set; }
    public int? VerificationWindowDays { get; set; }

    /// <summary>Hours to assign and to be on site, by priority (the firm's SLA clocks).</summary>
    public Dictionary<MaintenancePriority, SlaInput>? Sla { get; set; }
}

public sealed class SlaInput
{
    public int? AssignHours { get; set; }
    public int? OnSiteHours { get; set; }
}

public sealed class MaintenanceSettingsInputValidator : AbstractValidator<MaintenanceSettingsInput>
{
    public MaintenanceSettingsInputValidator()
    {
        var amount = $"An amount is between 0 and {InputLimits.MaxAmount:N0}.";
        RuleFor(x => x.AutoApprovalThreshold).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage(amount);
        RuleFor(x => x.QuoteThreshold).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage(amount);
        RuleFor(x => x.OwnerApprovalLimit).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage(amount);
        RuleFor(x => x.EmergencyAutoApprovalLimit).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage(amount);
        RuleFor(x => x.MonthlyBudget).InclusiveBetween(0, InputLimits.MaxDocumentTotal).WithMessage($"A budget is between 0 and {InputLimits.MaxDocumentTotal:N0}.");
        RuleFor(x => x.BudgetAlertShare).InclusiveBetween(0.05m, 1m).WithMessage("Warn at a share between 5% and 100% (0.05 to 1).");
        RuleFor(x => x.VerificationWindowDays).InclusiveBetween(1, 90).WithMessage("The verification window is 1 to 90 days.");
        RuleForEach(x => x.Sla).ChildRules(sla =>
        {
            sla.RuleFor(s => s.Value.AssignHours).InclusiveBetween(1, 24 * 30).WithMessage("Assign within 1 hour to 30 days.");
            sla.RuleFor(s => s.Value.OnSiteHours).InclusiveBetween(1, 24 * 90).WithMessage("Be on site within 1 hour to 90 days.");
            sla.RuleFor(s => s.Value).Must(v => v.AssignHours is null || v.OnSiteHours is null || v.OnSiteHours >= v.AssignHours)
                .WithMessage("Being on site cannot come before being assigned.");
        });
    }
}

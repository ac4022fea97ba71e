using FieldOps.Data.Platform;
using FluentValidation;

namespace FieldOps.Data.Workshop;

/// <summary>Vehicle intake: the vehicle (found again by registration) and the job to open for it.</summary>
public sealed class CreateJobInput
{
    public string RegistrationNumber { get; set; } = "";
    public string? Vin { get; set; }
    public string OwnerName { get; set; } = "";
    public string? OwnerPhone { get; set; }
    public string? OwnerEmail { get; set; }
    public string? Make { get; set; }
    public string? Model { get; set; }
    public int? Year { get; set; }
    public int? Mileage { get; set; }
    public OperationsStream? OperationsStream { get; set; }
    public RevenueStream? RevenueStream { get; set; }
    public string IssuesReported { get; set; } = "";
}

public sealed class CreateJobInputValidator : AbstractValidator<CreateJobInput>
{
    public CreateJobInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.RegistrationNumber).NotEmpty().WithMessage("Enter the registration number.")
            .MaximumLength(20).WithMessage("A registration number has at most 20 characters.")
            .Matches("^[A-Za-z0-9 -]+$").WithMessage("A registration number has only letters, digits, spaces and dashes.");
        RuleFor(x => x.Vin).MaximumLength(17).WithMessage("A VIN has 17 characters.")
            .Matches("^[A-HJ-NPR-Za-hj-npr-z0-9]*$").WithMessage("A VIN has only letters (not I, O or Q) and digits.");
        RuleFor(x => x.OwnerName).NotEmpty().WithMessage("Enter the owner's name.").MaximumLength(120);
        RuleFor(x => x.OwnerPhone).MaximumLength(30);
        RuleFor(x => x.OwnerEmail).EmailAddress().WithMessage("Enter a valid e-mail address, or leave it empty.").MaximumLength(200);
        RuleFor(x => x.Make).MaximumLength(60);
        RuleFor(x => x.Model).MaximumLength(60);
        // The upper bound is read at each validation: a long-running server must accept next year's models next year.
        RuleFor(x => x.Year).Must(year => year is null || (year >= 1950 && year <= clock.GetUtcNow().Year + 1))
            .WithMessage(_ => $"Enter a year between 1950 and {clock.GetUtcNow().Year + 1}.");
        RuleFor(x => x.Mileage).InclusiveBetween(0, 3_000_000).WithMessage("Mileage cannot be negative.");
        RuleFor(x => x.OperationsStream).NotNull().WithMessage("Choose the operations stream: body, mechanical, electrical or interior.");
        RuleFor(x => x.RevenueStream).NotNull().WithMessage("Choose the revenue stream: walk-in, scheduled or spare parts.");
        RuleFor(x => x.IssuesReported).NotEmpty().WithMessage("Write down the issues the owner reported.").MaximumLength(2000);
    }
}

public sealed class UpdateJobInput
{
    public string? WorkDone { get; set; }
}

public sealed class UpdateJobInputValidator : AbstractValidator<UpdateJobInput>
{
    public UpdateJobInputValidator() => RuleFor(x => x.WorkDone).MaximumLength(4000);
}

public sealed class TaskActionInput
{
    public OperationsStream? OperationsStream { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public decimal? DefaultLaborCost { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class TaskActionInputValidator : AbstractValidator<TaskActionInput>
{
    public TaskActionInputValidator()
    {
        RuleFor(x => x.OperationsStream).NotNull().WithMessage("Choose the operations stream.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the task action.").MaximumLength(120);
        RuleFor(x => x.Description).MaximumLength(500);
        RuleFor(x => x.DefaultLaborCost).NotNull().WithMessage("Enter the default labour cost.")
            .InclusiveBetween(0, 10_000_000).WithMessage("The labour cost cannot be negative.");
    }
}

public sealed class AddTaskInput
{
    public Guid TaskActionId { get; set; }
    public decimal? LaborCost { get; set; }
}

public sealed class AddTaskInputValidator : AbstractValidator<AddTaskInput>
{
    public AddTaskInputValidator()
    {
        RuleFor(x => x.TaskActionId).NotEmpty().WithMessage("Choose a task action.");
        RuleFor(x => x.LaborCost).InclusiveBetween(0, 10_000_000).WithMessage("The labour cost cannot be negative.");
    }
}

public sealed class PartRequestInput
{
    public Guid WarehouseItemId { get; set; }
    public int? Quantity { get; set; }
    public string? Note { get; set; }
}

public sealed class PartRequestInputValidator : AbstractValidator<PartRequestInput>
{
    public PartRequestInputValidator()
    {
        RuleFor(x => x.WarehouseItemId).NotEmpty().WithMessage("Choose the part.");
        RuleFor(x => x.Quantity).NotNull().WithMessage("Enter how many.")
            .InclusiveBetween(1, 1000).WithMessage("Request between 1 and 1,000.");
        RuleFor(x => x.Note).MaximumLength(500);
    }
}

public sealed class WarehouseItemInput
{
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Unit { get; set; } = "pcs";
    public decimal? UnitCost { get; set; }
    public decimal? UnitPrice { get; set; }
    public int? ReorderPoint { get; set; }
    public string? Location { get; set; }
    public int? Quantity { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>The fields of a warehouse item to change; those left out keep their value.</summary>
public sealed record WarehouseItemPatch(string? Name, string? Description, string? Unit, decimal? UnitCost, decimal? UnitPrice,
    int? ReorderPoint, string? Location, bool? IsActive, int? Quantity)
{
    /// <summary>The item's details with this patch laid over them.</summary>
    public WarehouseItemInput Over(WarehouseItem item) => new()
    {
        Sku = item.Sku,
        Name = Name ?? item.Name,
        Description = Description ?? item.Description,
        Unit = Unit ?? item.Unit,
        UnitCost = UnitCost ?? item.UnitCost,
        UnitPrice = UnitPrice ?? item.UnitPrice,
        ReorderPoint = ReorderPoint ?? item.ReorderPoint,
        Location = Location ?? item.Location,
        IsActive = IsActive ?? item.IsActive,
        Quantity = Quantity,
    };
}

public sealed class WarehouseItemInputValidator : AbstractValidator<WarehouseItemInput>
{
    public WarehouseItemInputValidator()
    {
        RuleFor(x => x.Sku).NotEmpty().WithMessage("Enter the SKU.").MaximumLength(40)
            .Matches("^[A-Za-z0-9._/-]+$").WithMessage("A SKU has only letters, digits and . _ / -");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the item.").MaximumLength(160);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.Unit).NotEmpty().MaximumLength(20);
        RuleFor(x => x.UnitCost).NotNull().WithMessage("Enter the unit cost.").InclusiveBetween(0, 100_000_000).WithMessage("The unit cost cannot be negative.");
        RuleFor(x => x.UnitPrice).NotNull().WithMessage("Enter the unit price.").InclusiveBetween(0, 100_000_000).WithMessage("The unit price cannot be negative.");
        RuleFor(x => x.ReorderPoint).NotNull().WithMessage("Enter the reorder point.").InclusiveBetween(0, 1_000_000).WithMessage("The reorder point cannot be negative.");
        RuleFor(x => x.Location).MaximumLength(60);
        RuleFor(x => x.Quantity).InclusiveBetween(0, 1_000_000).WithMessage("The opening quantity cannot be negative.");
    }
}

public sealed class StockReceiptInput
{
    public int? Quantity { get; set; }
    public decimal? UnitCost { get; set; }
    public string? Reason { get; set; }
}

public sealed class StockReceiptInputValidator : AbstractValidator<StockReceiptInput>
{
    public StockReceiptInputValidator()
    {
        RuleFor(x => x.Quantity).NotNull().WithMessage("Enter how many arrived.").InclusiveBetween(1, InputLimits.MaxStockQuantity)
            .WithMessage($"Receive between 1 and {InputLimits.MaxStockQuantity:N0}.");
        RuleFor(x => x.UnitCost).InclusiveBetween(0, InputLimits.MaxAmount).WithMessage($"The unit cost is between 0 and {InputLimits.MaxAmount:N0}.");
        RuleFor(x => x.Reason).MaximumLength(300);
    }
}

public sealed class StockAdjustmentInput
{
    public int? QuantityChange { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class StockAdjustmentInputValidator : AbstractValidator<StockAdjustmentInput>
{
    public StockAdjustmentInputValidator()
    {
        RuleFor(x => x.QuantityChange).NotNull().WithMessage("Enter the change, e.g. -2 or 5.")
            .NotEqual(0).WithMessage("An adjustment changes the quantity by at least one.")
            .InclusiveBetween(-InputLimits.MaxStockQuantity, InputLimits.MaxStockQuantity)
            .WithMessage($"One adjustment moves at most {InputLimits.MaxStockQuantity:N0}.");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the stock is adjusted (stock-take, damage, loss…).").MaximumLength(300);
    }
}

public sealed class InvoiceLineInput
{
    public InvoiceLineKind? Kind { get; set; } = InvoiceLineKind.Service;
    public string Description { get; set; } = "";
    public decimal? Quantity { get; set; } = 1;
    public decimal? UnitPrice { get; set; }
}

public sealed class ManualInvoiceInput
{
    public List<InvoiceLineInput> Lines { get; set; } = [];
    public string? Notes { get; set; }
}

public sealed class ManualInvoiceInputValidator : AbstractValidator<ManualInvoiceInput>
{
    public ManualInvoiceInputValidator()
    {
        RuleFor(x => x.Lines).NotEmpty().WithMessage("Add at least one line.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Kind).NotNull().WithMessage("Choose the kind of line.");
            line.RuleFor(l => l.Description).NotEmpty().WithMessage("Describe the line.").MaximumLength(300);
            line.RuleFor(l => l.Quantity).NotNull().WithMessage("Enter the quantity.")
                .GreaterThan(0).WithMessage("The quantity must be more than zero.").LessThanOrEqualTo(100_000);
            line.RuleFor(l => l.UnitPrice).NotNull().WithMessage("Enter the unit price.")
                .InclusiveBetween(0, 100_000_000).WithMessage("The unit price cannot be negative.");
        });
        RuleFor(x => x.Notes).MaximumLength(2000);
    }
}

public sealed class AutoInvoiceInput
{
    public string? Notes { get; set; }
}

/// <summary>A payment of an invoice's whole balance: when, how and its reference.</summary>
public class MarkPaidInput
{
    public DateOnly? PaidOn { get; set; }
    public PaymentMethod? Method { get; set; }
    public string? Reference { get; set; }
}

public sealed class MarkPaidInputValidator : AbstractValidator<MarkPaidInput>
{
    public MarkPaidInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.PaidOn).NotNull().WithMessage("Enter the date the payment was received.")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1))).WithMessage("The payment date cannot be in the future.")
            .Must(d => d >= InputLimits.EarliestPastDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage($"The payment date cannot be more than {InputLimits.YearsBack} years ago.");
        RuleFor(x => x.Method).NotNull().WithMessage("Choose how the customer paid.");
        // The length applies whatever the method; only the need for a reference depends on it.
        RuleFor(x => x.Reference).MaximumLength(InputLimits.MaxReferenceLength);
        RuleFor(x => x.Reference).NotEmpty().When(x => Payment.NeedsReference(x.Method))
            .WithMessage(Payment.ReferenceMissing);
    }
}

/// <summary>A payment received against an invoice: the whole balance or a part of it.</summary>
public sealed class InvoicePaymentInput : MarkPaidInput
{
    public decimal? Amount { get; set; }
}

public sealed class InvoicePaymentInputValidator : AbstractValidator<InvoicePaymentInput>
{
    public InvoicePaymentInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Amount).NotNull().WithMessage("Enter the amount received.").GreaterThan(0).WithMessage("Enter the amount received.")
            .LessThanOrEqualTo(InputLimits.MaxDocumentTotal).WithMessage($"A payment cannot be more than {InputLimits.MaxDocumentTotal:N0}.");
        // Date, method and reference follow the same rules as a payment of the whole balance.
        Include(new MarkPaidInputValidator(clock));
    }
}

public sealed class ReasonInput
{
    public string Reason { get; set; } = "";
}

public sealed class ReasonInputValidator : AbstractValidator<ReasonInput>
{
    public ReasonInputValidator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason.").MaximumLength(500);
}

public sealed class AssignInput
{
    public string TechnicianId { get; set; } = "";
}

public sealed class ReviewInput
{
    public string? ManagerNotes { get; set; }
}

using Bunit;
using FieldOps.Data;
using FieldOps.Data.Contracting;
using FieldOps.Data.Maintenance;
using FieldOps.Data.Workshop;
using FieldOps.Web.Components.Shared;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Tests.Platform;

/// <summary>Every text a form or the API accepts is limited once: the validator's limit equals its column's, and the
/// form's field takes its maxlength from the validator.</summary>
public sealed class InputLimitDeclarationTests
{
    /// <summary>Which records each input is stored in.</summary>
    private static readonly (Type Input, Type[] Records)[] Stored =
    [
        (typeof(CreateJobInput), [typeof(Vehicle), typeof(Job)]),
        (typeof(UpdateJobInput), [typeof(Job)]),
        (typeof(TaskActionInput), [typeof(TaskAction)]),
        (typeof(WarehouseItemInput), [typeof(WarehouseItem)]),
        (typeof(DailyLogInput), [typeof(DailyLog)]),
        (typeof(ExpenseInput), [typeof(Expense)]),
        (typeof(SubcontractorInput), [typeof(Subcontractor)]),
        (typeof(MaterialInput), [typeof(MaterialStock)]),
        (typeof(VoucherLineInput), [typeof(VoucherLine)]),
        (typeof(VoucherInput), [typeof(Voucher)]),
        (typeof(ProjectInput), [typeof(Project)]),
        (typeof(LedgerEntryInput), [typeof(LedgerEntry)]),
        (typeof(CreateRequestInput), [typeof(MaintenanceRequest)]),
        (typeof(MessageInput), [typeof(RequestMessage)]),
        (typeof(EstimateInput), [typeof(MaintenanceRequest)]),
        (typeof(QuoteInput), [typeof(Quote)]),
        (typeof(CompleteInput), [typeof(MaintenanceRequest)]),
        (typeof(VerifyInput), [typeof(MaintenanceRating)]),
        (typeof(MaintenancePaymentInput), [typeof(MaintenancePayment)]),
        (typeof(PropertyInput), [typeof(Property)]),
        (typeof(UnitInput), [typeof(Unit)]),
        (typeof(VendorInput), [typeof(Vendor)]),
        (typeof(ExpenseCategoryInput), [typeof(Data.Maintenance.ExpenseCategory)]),
        (typeof(ExpenseTypeInput), [typeof(ExpenseType)]),
    ];

    private static IModel Model() =>
        ((ModelSnapshot)Activator.CreateInstance(
            typeof(FieldOpsDbContext).Assembly.GetType("FieldOps.Data.Migrations.FieldOpsDbContextModelSnapshot", throwOnError: true)!, nonPublic: true)!).Model;

    private static IValidator ValidatorFor(Type input)
    {
        var type = typeof(FieldOpsDbContext).Assembly.GetTypes().Single(t => !t.IsAbstract && typeof(IValidator<>).MakeGenericType(input).IsAssignableFrom(t));
        var constructor = type.GetConstructors().Single();
        return (IValidator)constructor.Invoke(constructor.GetParameters().Select(p => p.ParameterType == typeof(TimeProvider) ? TimeProvider.System : null).ToArray());
    }

    [Fact]
    public void EveryStoredText_HasAValidatorLimit_EqualToItsColumn()
    {
        var model = Model();
        var problems = new List<string>();
        var compared = 0;
        foreach (var (input, records) in Stored)
        {
            var descriptor = ValidatorFor(input).CreateDescriptor();
            foreach (var property in input.GetProperties().Where(p => p.PropertyType == typeof(string)))
            {
                var column = records.Select(r => model.FindEntityType(r.FullName!)?.FindProperty(property.Name)).FirstOrDefault(c => c is not null);
                if (column?.GetMaxLength() is not { } columnLength)
                {
                    continue;
                }
                compared++;
                var limit = descriptor.GetRulesForMember(property.Name).SelectMany(r => r.Components).Select(c => c.Validator)
                    .OfType<ILengthValidator>().Where(l => l.Max > 0).Select(l => (int?)l.Max).Min();
                if (limit != columnLength)
                {
                    problems.Add($"{input.Name}.{property.Name}: validator {limit?.ToString() ?? "unlimited"}, column {columnLength}");
                }
            }
        }
        Assert.True(compared > 25, $"Only {compared} fields were compared.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task AFormField_TakesItsMaxLengthFromTheValidator()
    {
        await using var context = new BunitContext();
        context.Services.AddSingleton<IValidator<DailyLogInput>, DailyLogInputValidator>();
        var model = new DailyLogInput();
        var form = context.Render<EditForm>(f => f
            .Add(x => x.Model, model)
            .Add(x => x.ChildContent, (EditContext _) => builder =>
            {
                builder.OpenComponent<LimitedInputTextArea>(0);
                builder.AddAttribute(1, nameof(LimitedInputTextArea.Value), model.WorkSummary);
                builder.AddAttribute(2, nameof(LimitedInputTextArea.ValueExpression), (System.Linq.Expressions.Expression<Func<string?>>)(() => model.WorkSummary));
                builder.CloseComponent();
            }));
        Assert.Equal("4000", form.Find("textarea").GetAttribute("maxlength"));
    }
}

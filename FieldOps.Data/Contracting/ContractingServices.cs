using FieldOps.Data.Contracting.Services;
using FieldOps.Data.Platform.Access;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Contracting;

public static class ContractingServices
{
    public static IServiceCollection AddContracting(this IServiceCollection services)
    {
        services.AddScoped<ContractingGuard>();
        services.AddScoped<ContractingNotifications>();
        services.AddScoped<ContractorPortalService>();
        services.AddScoped<SubcontractorService>();
        services.AddScoped<ProjectService>();
        services.AddScoped<MaterialService>();
        services.AddScoped<ContractingReviewService>();
        services.AddScoped<VoucherService>();
        services.AddScoped<LedgerService>();
        services.AddScoped<ContractingDashboardService>();
        services.AddScoped<IRecordAccessPolicy, DailyLogAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, ExpenseAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, VoucherAccessPolicy>();
        services.AddScoped<IDemoDataSeeder, ContractingDemoSeeder>();
        return services;
    }
}

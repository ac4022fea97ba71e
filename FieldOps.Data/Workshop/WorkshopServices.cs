using FieldOps.Data.Platform.Access;
using FieldOps.Data.Workshop.Services;
using Microsoft.Extensions.DependencyInjection;

namespace FieldOps.Data.Workshop;

public static class WorkshopServices
{
    public static IServiceCollection AddWorkshop(this IServiceCollection services)
    {
        services.AddScoped<WorkshopGuard>();
        services.AddScoped<WorkshopNotifications>();
        services.AddScoped<JobService>();
        services.AddScoped<TaskActionService>();
        services.AddScoped<SparePartService>();
        services.AddScoped<WarehouseService>();
        services.AddScoped<BillingService>();
        services.AddScoped<WorkshopDashboardService>();
        services.AddScoped<IRecordAccessPolicy, JobAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, SparePartRequestAccessPolicy>();
        services.AddScoped<IRecordAccessPolicy, InvoiceAccessPolicy>();
        services.AddScoped<IDemoDataSeeder, WorkshopDemoSeeder>();
        return services;
    }
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FieldOps.Web.Platform.Api;

public static class OpenApiSetup
{
    /// <summary>The OpenAPI document at /openapi/v1.json, describing bearer authentication.</summary>
    public static IServiceCollection AddFieldOpsOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "FieldOps API",
                    Version = "v1",
                    Description = "Every FieldOps workflow over JSON. Get a token from POST /api/auth/login and send it as "
                        + "'Authorization: Bearer <token>'. Errors are RFC 7807 problem details.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The accessToken from POST /api/auth/login.",
                };
                document.Security ??= [];
                document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
                return Task.CompletedTask;
            });
        });

    public static WebApplication MapFieldOpsOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "FieldOps API v1");
            options.RoutePrefix = "api/docs";
            options.DocumentTitle = "FieldOps API";
        });
        return app;
    }
}

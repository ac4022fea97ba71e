using System.Text.Json;
using FieldOps.Data.Platform;
using FieldOps.Data.Platform.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FieldOps.Web.Platform.Api;

/// <summary>
/// Turns exceptions raised while serving <c>/api</c> into RFC 7807 problem details: 404 for records outside the
/// caller's organization, 403 for records or actions that are not theirs, 409 for broken business rules and
/// concurrent changes, 422 for invalid input, and a 500 without internals for anything unexpected.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // In production the middleware has already pointed the request at the error page; the original path says
        // whether this was an API call.
        var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (originalPath is null || !originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var problem = ToProblem(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled error serving {Method} {Path}", httpContext.Request.Method, originalPath);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RecordNotFoundException notFound => new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = notFound.Message,
        },
        AccessDeniedException denied => new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = denied.Message,
        },
        InputValidationException invalid => Validation(invalid.Errors),
        ValidationException fluent => Validation(fluent.Errors
            .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())),
        DbUpdateConcurrencyException => Conflict(new ConcurrencyConflictException().Message),
        StaleVersionException stale => new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "Changed by someone else",
            Detail = stale.Message,
            Extensions = { ["currentVersion"] = stale.Current },
        },
        FieldOps.Data.Maintenance.Services.OverBudgetException over => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict, Title = "Over budget", Detail = over.Message,
            Extensions = { ["budget"] = over.Outlook },
        },
        BusinessRuleException rule => Conflict(rule.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "Too large",
            Detail = "The upload is larger than FieldOps accepts.",
        },
        BadHttpRequestException { InnerException: JsonException json } => Validation(new Dictionary<string, string[]>
        {
            [FieldFromJsonPath(json.Path)] = [ReadableJsonError(json)],
        }),
        BadHttpRequestException badRequest => Validation(new Dictionary<string, string[]>
        {
            ["request"] = [badRequest.Message],
        }),
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Unexpected error",
            Detail = "Something went wrong on our side. The error has been logged; please try again.",
        },
    };

    private static ProblemDetails Conflict(string message) => new()
    {
        Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = message,
    };

    public static ProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Validation failed",
            Detail = "Some of the information sent is not valid. See errors for each field.",
        };

    /// <summary>"$.operationsStream" → "operationsStream"; "$.lines[2].quantity" → "lines[2].quantity".</summary>
    private static string FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    private static string ReadableJsonError(JsonException json) => json switch
    {
        InvalidEnumValueException invalidEnum => $"\"{FieldFromJsonPath(json.Path)}\" is not valid. {invalidEnum.Hint}",
        { Path: null or "$" } => "The request body is not valid JSON.",
        _ => $"The value of {FieldFromJsonPath(json.Path)} is not valid.",
    };
}

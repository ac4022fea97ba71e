using System.Text.Json;
using System.Text.Json.Serialization;

namespace FieldOps.Web.Platform.Api;

public static class ApiJson
{
    /// <summary>camelCase properties; enums as lower snake_case strings ("in_progress", "walk_in"), read without
    /// regard to case; numbers never as strings.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FieldOps.Web.Platform.Api;

public static class ApiJson
{
    /// <summary>camelCase properties; enums as lower snake_case strings ("in_progress", "walk_in"), read without
    /// regard to case or underscores; enum numbers refused.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new SnakeCaseEnumConverterFactory());
    }
}

/// <summary>Writes enums as lower snake_case and reads "in_progress", "IN_PROGRESS", "InProgress" alike.</summary>
public sealed class SnakeCaseEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(SnakeCaseEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class SnakeCaseEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        private static readonly ConcurrentDictionary<TEnum, string> Names = new();
        private static readonly Dictionary<string, TEnum> Values = Enum.GetValues<TEnum>()
            .ToDictionary(value => Key(value.ToString()), StringComparer.Ordinal);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && Values.TryGetValue(Key(reader.GetString()!), out var value))
            {
                return value;
            }
            throw new InvalidEnumValueException($"Use one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => Name(v)))}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Values.TryGetValue(Key(reader.GetString()!), out var value) ? value : throw new JsonException();

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Name(value));

        private static string Name(TEnum value) => Names.GetOrAdd(value, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        private static string Key(string text) => text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
    }
}

/// <summary>An enum value the API does not know; its message lists the accepted values.</summary>
public sealed class InvalidEnumValueException(string hint) : JsonException(hint)
{
    public string Hint { get; } = hint;
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShortVideo.ServiceDefaults.Http;

/// <summary>
/// Every time an API answers is written one way: UTC, to the millisecond, with a "Z" ("2026-12-02T07:47:17.781Z"). Left to the
/// serializer, a DateTimeOffset came out as "+00:00", a DateTime with as many digits as the clock gave (a comment's time had six
/// in the answer to its POST and three when read back from storage, which keeps milliseconds), and an unspecified one without a zone.
/// Reading accepts any ISO 8601 time, as before.
/// </summary>
public static class UtcTimestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static void Add(JsonSerializerOptions options)
    {
        options.Converters.Add(new OffsetConverter());
        options.Converters.Add(new DateTimeConverter());
    }

    /// <summary>Times this service stored are UTC; one whose kind was lost on the way (unspecified) is taken as UTC too.</summary>
    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    private sealed class OffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
    }

    private sealed class DateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Utc(value).ToString(Format, CultureInfo.InvariantCulture));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FieldOps.Tests.Support;

public static class HttpAssertions
{
    /// <summary>Asserts the status code, showing the body when it differs (the problem details say why).</summary>
    public static async Task<HttpResponseMessage> ExpectStatus(this Task<HttpResponseMessage> responseTask, HttpStatusCode expected)
    {
        var response = await responseTask;
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
        }
        return response;
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<JsonElement> JsonOk(this Task<HttpResponseMessage> responseTask) =>
        await (await responseTask.ExpectStatus(HttpStatusCode.OK)).Json();

    /// <summary>The field errors of a 422 problem.</summary>
    public static async Task<JsonElement> ExpectValidationErrors(this Task<HttpResponseMessage> responseTask)
    {
        var response = await responseTask.ExpectStatus(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Json()).GetProperty("errors");
    }
}

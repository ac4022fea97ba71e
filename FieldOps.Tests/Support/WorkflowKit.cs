using System.Net;
using System.Text.Json;
using FieldOps.Data.Platform.Workflows;

namespace FieldOps.Tests.Support;

/// <summary>
/// How a workflow is exercised through the API: how to bring a fresh record to a status, how to read it (with its
/// <c>allowedActions</c>) as a given user, and how to call each of its actions. Declaring one is all a new workflow
/// needs to get the test that <c>allowedActions</c> says exactly what the API then permits, for every user in every
/// status.
/// </summary>
public sealed class WorkflowCase
{
    public required IWorkflowDefinition Definition { get; init; }

    /// <summary>The statuses to test (every status the workflow can reach), as the API spells them.</summary>
    public required IReadOnlyList<string> Statuses { get; init; }

    /// <summary>The demo users: every role of the organization, someone of another company and another organization.</summary>
    public required IReadOnlyList<string> Users { get; init; }

    /// <summary>A new record brought to a status; returns its id.</summary>
    public required Func<string, Task<Guid>> ArrangeAsync { get; init; }

    /// <summary>Reads the record as the client's user; any answer but 200 means they may do nothing with it.</summary>
    public required Func<HttpClient, string, Guid, Task<HttpResponseMessage>> ReadAsync { get; init; }

    /// <summary>The record's status, read by someone who sees it.</summary>
    public required Func<Guid, Task<string>> StatusOfAsync { get; init; }

    /// <summary>How the API takes each action the workflow declares.</summary>
    public required IReadOnlyDictionary<string, Func<HttpClient, Guid, Task<HttpResponseMessage>>> Calls { get; init; }
}

public static class WorkflowKit
{
    /// <summary>The actions people take (system steps are taken by the product itself, never through the API).</summary>
    public static IReadOnlyList<string> DeclaredActions(IWorkflowDefinition definition) =>
        definition.Actions.Where(a => !a.IsSystemStep).Select(a => a.Name).ToList();

    /// <summary>
    /// For each user: a fresh record in <paramref name="status"/> and its <c>allowedActions</c>. Each action not in
    /// the list is refused and leaves the status as it was; each action in it succeeds on a fresh record of its own.
    /// Returns every mismatch, so one run shows them all.
    /// </summary>
    public static async Task<List<string>> MismatchesAsync(WorkflowCase workflow, string status, Func<string, Task<HttpClient>> clientAs)
    {
        var mismatches = new List<string>();
        foreach (var user in workflow.Users)
        {
            using var client = await clientAs(user);
            var id = await workflow.ArrangeAsync(status);
            var read = await workflow.ReadAsync(client, user, id);
            var allowed = read.StatusCode == HttpStatusCode.OK ? AllowedActions(await read.Content.ReadAsStringAsync()) : [];
            foreach (var unknown in allowed.Except(workflow.Calls.Keys))
            {
                mismatches.Add($"{status}, {user}: allowedActions names \"{unknown}\", which the workflow does not declare");
            }
            foreach (var action in workflow.Calls.Keys.Except(allowed))
            {
                var response = await workflow.Calls[action](client, id);
                if (response.IsSuccessStatusCode)
                {
                    mismatches.Add($"{status}, {user}: \"{action}\" is not in allowedActions, yet the API answered {(int)response.StatusCode}");
                    id = await workflow.ArrangeAsync(status);
                }
                else if (await workflow.StatusOfAsync(id) != status)
                {
                    mismatches.Add($"{status}, {user}: the refused \"{action}\" still moved the record");
                    id = await workflow.ArrangeAsync(status);
                }
            }
            foreach (var action in allowed.Intersect(workflow.Calls.Keys))
            {
                var fresh = await workflow.ArrangeAsync(status);
                var response = await workflow.Calls[action](client, fresh);
                if (!response.IsSuccessStatusCode)
                {
                    mismatches.Add($"{status}, {user}: \"{action}\" is in allowedActions, yet the API answered {(int)response.StatusCode} "
                        + await response.Content.ReadAsStringAsync());
                }
            }
        }
        return mismatches;
    }

    private static List<string> AllowedActions(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("allowedActions", out var actions)
            ? actions.EnumerateArray().Select(a => a.GetString()!).ToList()
            : throw new InvalidOperationException($"The record has no allowedActions: {json}");
    }
}

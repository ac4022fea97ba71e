using FieldOps.Data.Platform;

namespace FieldOps.Tests.Platform;

public sealed class StateMachineTests
{
    public enum Light { Red, Green, Amber }

    private static readonly StateMachine<Light> Lights = new StateMachine<Light>()
        .Allow(Light.Red, Light.Green)
        .Allow(Light.Green, Light.Amber)
        .Allow(Light.Amber, Light.Red);

    [Theory]
    [InlineData(Light.Red, Light.Green, true)]
    [InlineData(Light.Green, Light.Amber, true)]
    [InlineData(Light.Amber, Light.Red, true)]
    [InlineData(Light.Red, Light.Amber, false)]
    [InlineData(Light.Green, Light.Red, false)]
    [InlineData(Light.Red, Light.Red, false)]
    public void CanMove_FollowsTheTable(Light from, Light to, bool allowed) => Assert.Equal(allowed, Lights.CanMove(from, to));

    [Fact]
    public void EnsureCanMove_OnAnIllegalMove_ThrowsWithAReadableMessage()
    {
        var error = Assert.Throws<InvalidTransitionException>(() => Lights.EnsureCanMove("TrafficLight", Light.Red, Light.Amber));
        Assert.Equal("A TrafficLight cannot move from red to amber.", error.Message);
    }

    [Fact]
    public void AllowedMoves_ListsEveryPair() => Assert.Equal(3, Lights.AllowedMoves.Count());
}

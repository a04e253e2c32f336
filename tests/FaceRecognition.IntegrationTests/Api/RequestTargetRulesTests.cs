using FaceRecognition.Api.Middleware;

namespace FaceRecognition.IntegrationTests.Api;

/// <summary>Which raw request targets are refused before routing (pure logic; the attack suite sends them for real).</summary>
[TestFixture]
public sealed class RequestTargetRulesTests
{
    [TestCase("/api/v1/galleries/default/subjects/alice/faces/12")]
    [TestCase("/api/v1/galleries/a..b/subjects/x.y")]
    [TestCase("/api/v1/galleries/.hidden")]
    [TestCase("/api/v1/galleries/default?x=../..&y=%2e%2e")]
    [TestCase("/api/v1/galleries/caf%C3%A9")]
    [TestCase("/api/v1/galleries/100%25")]
    [TestCase("/docs/index.html")]
    [TestCase("http://example.com/api/v1/galleries")]
    [TestCase("*")]
    [TestCase("/")]
    public void Check_AcceptsOrdinaryTargets(string target) => Assert.That(RequestTargetRules.Check(target), Is.Null);

    [TestCase("/api/v1/galleries/default/subjects/..", 400)]
    [TestCase("/api/v1/galleries/default/subjects/../", 400)]
    [TestCase("/api/v1/./galleries", 400)]
    [TestCase("/api/v1/galleries/%2E%2E", 400)]
    [TestCase("/api/v1/galleries/.%2e?x=1", 400)]
    [TestCase("http://example.com/api/v1/galleries/..", 400)]
    [TestCase("/api/v1/galleries/a%2Fb", 400)]
    [TestCase("/api/v1/galleries/a%5cb", 400)]
    [TestCase("/api/v1/galleries/a\\b", 400)]
    [TestCase("/api/v1/galleries/a%0d%0aSet-Cookie:x", 400)]
    [TestCase("/api/v1/galleries/a%7F", 400)]
    [TestCase("/api/v1/galleries/a%C2%85b", 400)]
    [TestCase("/api/v1/galleries/a%E2%80%A8b", 400)]
    [TestCase("/api/v1/galleries/a%E2%80%AEb", 400)]
    public void Check_RefusesTargetsTheServerWouldRewriteOrAProxyCouldReadDifferently(string target, int status) =>
        Assert.That(RequestTargetRules.Check(target)?.Status, Is.EqualTo(status));

    [Test]
    public void Check_RefusesTargetsOverTheLengthLimit_With414()
    {
        Assert.That(RequestTargetRules.Check("/" + new string('a', RequestTargetRules.MaxTargetLength - 1)), Is.Null);
        Assert.That(RequestTargetRules.Check("/" + new string('a', RequestTargetRules.MaxTargetLength))?.Status, Is.EqualTo(414));
    }
}

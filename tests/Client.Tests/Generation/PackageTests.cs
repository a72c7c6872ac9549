using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using CarbonPlatform.Client.Tests.Support;

namespace CarbonPlatform.Client.Tests.Generation;

/// <summary><c>dotnet pack</c> of the client (already built by the suite's build) gives a package a registry shows with its README.</summary>
public sealed class PackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task The_package_carries_its_readme_the_Kiota_runtime_and_no_platform_code()
    {
        var output = Directory.CreateTempSubdirectory("carbon-pack-").FullName;
        try
        {
            var project = Path.Combine(RepositoryRoot.Path, "clients", "dotnet", "CarbonPlatform.Client", "CarbonPlatform.Client.csproj");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "pack", project, "-c", Configuration, "--no-build", "-o", output, "-nologo" }) start.ArgumentList.Add(a);
            using var pack = Process.Start(start)!;
            var log = await pack.StandardOutput.ReadToEndAsync() + await pack.StandardError.ReadToEndAsync();
            await pack.WaitForExitAsync();
            Assert.True(pack.ExitCode == 0, log);

            using var package = ZipFile.OpenRead(Assert.Single(Directory.GetFiles(output, "CarbonPlatform.Client.*.nupkg")));
            var nuspec = XDocument.Load(package.GetEntry("CarbonPlatform.Client.nuspec")!.Open());
            XNamespace ns = nuspec.Root!.Name.NamespaceName;
            Assert.Equal("README.md", nuspec.Descendants(ns + "readme").Single().Value);
            using (var readme = new StreamReader(package.GetEntry("README.md")!.Open()))
                Assert.Contains("WebhookSignatureVerifier", await readme.ReadToEndAsync());
            var dependencies = nuspec.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
            Assert.Contains("Microsoft.Kiota.Http.HttpClientLibrary", dependencies);
            Assert.All(dependencies, d => Assert.StartsWith("Microsoft.Kiota.", d));
            Assert.Equal(["lib/net10.0/CarbonPlatform.Client.dll"], package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}

using ShortVideo.Benchmarks;

// dotnet run -c Release --project tests/ShortVideo.Benchmarks -- <benchmark> [options]; docs/benchmarks.md has each one's figures.
return args.FirstOrDefault() switch
{
    "transcode" => await TranscodeBenchmark.RunAsync(args[1..]),
    "upload" => await UploadBenchmark.RunAsync(args[1..]),
    "gateway" => await GatewayBenchmark.RunAsync(args[1..]),
    "bare-proxy" => await GatewayBenchmark.RunBareProxyAsync(args[1..]),
    "social" => SocialBenchmark.Run(args[1..]),
    "feed" => await FeedBenchmark.RunAsync(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "counts" => await CountsBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: ShortVideo.Benchmarks
          transcode [--runs N] [--seconds S]
          upload [--megabytes M] [--rounds N] [--warmup N]
          gateway [--seconds S] [--rounds N] [--warmup S] [--only feed|media] [--connections N]
          social [--samples N]
          feed [--videos N] [--users N] [--interactions N] [--pages N] [--lag-samples N]
          search [--videos N] [--hashtags N] [--queries N]
          counts [--samples N]
        """);
    return 2;
}

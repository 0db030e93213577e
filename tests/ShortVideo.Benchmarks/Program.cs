using ShortVideo.Benchmarks;

// dotnet run -c Release --project tests/ShortVideo.Benchmarks -- transcode|upload|search [options]
return args.FirstOrDefault() switch
{
    "transcode" => await TranscodeBenchmark.RunAsync(args[1..]),
    "upload" => await UploadBenchmark.RunAsync(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ShortVideo.Benchmarks transcode [--runs N] [--seconds S] | upload [--megabytes M] | search [--videos N] [--hashtags N] [--queries N]");
    return 2;
}

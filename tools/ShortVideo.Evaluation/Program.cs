namespace ShortVideo.Evaluation;

/// <summary>
/// dotnet run -c Release --project tools/ShortVideo.Evaluation -- --interactions u.data [--items items.tsv]
/// [--split temporal|random|both] [--min-rating R] [--likes] [--save-weights ranker.json]
/// </summary>
public static class EvaluationProgram
{
    public static int Main(string[] args)
    {
        try
        {
            return EvaluationCommand.Run(args, Console.Out);
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }
}

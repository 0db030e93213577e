using ShortVideo.Transcode.Domain;

namespace ShortVideo.Transcode.Tests;

public sealed class DecodeErrorsTests
{
    [Fact]
    public void Status_lines_and_blank_lines_are_not_problems() =>
        Assert.Null(DecodeErrors.FirstProblem([
            "frame=   60 fps=0.0 q=28.0 size=N/A time=00:00:02.00 bitrate=N/A speed=2.1x    ",
            "",
            "size=     256kB time=00:00:04.01 bitrate= 523.1kbits/s speed=8.02x    ",
        ]));

    [Fact]
    public void The_first_demuxer_or_decoder_error_is_the_problem() =>
        Assert.Equal(
            "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55e0] stream 1, offset 0x232aae: partial file",
            DecodeErrors.FirstProblem([
                "frame=    1 fps=0.0 q=6.4 size=N/A time=00:00:00.90 bitrate=N/A speed=2.59x",
                "  [mov,mp4,m4a,3gp,3g2,mj2 @ 0x55e0] stream 1, offset 0x232aae: partial file",
                "Error while decoding stream #0:0: Invalid data found when processing input",
            ]));

    [Fact]
    public void Nothing_printed_is_no_problem() => Assert.Null(DecodeErrors.FirstProblem([]));
}

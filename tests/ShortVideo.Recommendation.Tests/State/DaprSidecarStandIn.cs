using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShortVideo.Recommendation.Tests.State;

/// <summary>
/// A STAND-IN for a Dapr sidecar, since no daprd can run here: a small ASP.NET Core gRPC server
/// that answers the state part of Dapr's runtime API (service <c>dapr.proto.runtime.v1.Dapr</c>:
/// GetState, GetBulkState, SaveState, DeleteState) the way daprd does for a store with ETags:
/// every write makes a new ETag, a write or delete naming a stale ETag fails with ABORTED (which
/// Dapr.Client turns into <c>false</c> from TrySave/TryDelete), <c>ttlInSeconds</c> expires a key,
/// and an unknown store name is refused. gRPC, not HTTP, because that is what Dapr.Client's state calls speak.
/// </summary>
public sealed class DaprSidecarStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DaprSidecarStandIn(WebApplication app, string endpoint) => (_app, Endpoint) = (app, endpoint);

    public string Endpoint { get; }

    public static async Task<DaprSidecarStandIn> StartAsync(string storeName)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(new DaprStateService(storeName));
        var app = builder.Build();
        app.MapGrpcService<DaprStateService>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DaprSidecarStandIn(app, address);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>
/// The stand-in's state service. Grpc.AspNetCore binds each method named in <see cref="BindService"/>
/// to a public virtual method of that name declared here (as it does for a generated base class).
/// </summary>
[BindServiceMethod(typeof(DaprStateService), nameof(BindService))]
public class DaprStateService(string storeName)
{
    private const string Service = "dapr.proto.runtime.v1.Dapr";
    private readonly ConcurrentDictionary<string, (ByteString Data, long Version, DateTime? ExpiresAt)> _items = new();
    private readonly object _gate = new();
    private long _version;

    public static void BindService(ServiceBinderBase binder, DaprStateService? service)
    {
        binder.AddMethod(Unary(nameof(GetState), GetStateRequest.Parser, GetStateResponse.Parser), (UnaryServerMethod<GetStateRequest, GetStateResponse>)null!);
        binder.AddMethod(Unary(nameof(GetBulkState), GetBulkStateRequest.Parser, GetBulkStateResponse.Parser), (UnaryServerMethod<GetBulkStateRequest, GetBulkStateResponse>)null!);
        binder.AddMethod(Unary(nameof(SaveState), SaveStateRequest.Parser, Empty.Parser), (UnaryServerMethod<SaveStateRequest, Empty>)null!);
        binder.AddMethod(Unary(nameof(DeleteState), DeleteStateRequest.Parser, Empty.Parser), (UnaryServerMethod<DeleteStateRequest, Empty>)null!);
    }

    public virtual Task<GetStateResponse> GetState(GetStateRequest request, ServerCallContext context)
    {
        CheckStore(request.StoreName);
        return Task.FromResult(Live(request.Key) is { } item
            ? new GetStateResponse { Data = item.Data, Etag = ETag(item.Version) }
            : new GetStateResponse());
    }

    public virtual Task<GetBulkStateResponse> GetBulkState(GetBulkStateRequest request, ServerCallContext context)
    {
        CheckStore(request.StoreName);
        var response = new GetBulkStateResponse();
        foreach (var key in request.Keys)
        {
            response.Items.Add(Live(key) is { } item ? new BulkStateItem { Key = key, Data = item.Data, Etag = ETag(item.Version) } : new BulkStateItem { Key = key });
        }
        return Task.FromResult(response);
    }

    public virtual Task<Empty> SaveState(SaveStateRequest request, ServerCallContext context)
    {
        CheckStore(request.StoreName);
        lock (_gate)
        {
            foreach (var state in request.States) CheckETag(state.Key, state.Etag);
            foreach (var state in request.States)
            {
                DateTime? expires = state.Metadata.TryGetValue("ttlInSeconds", out var ttl)
                    ? DateTime.UtcNow.AddSeconds(int.Parse(ttl, CultureInfo.InvariantCulture)) : null;
                _items[state.Key] = (state.Value, ++_version, expires);
            }
        }
        return Task.FromResult(new Empty());
    }

    public virtual Task<Empty> DeleteState(DeleteStateRequest request, ServerCallContext context)
    {
        CheckStore(request.StoreName);
        lock (_gate)
        {
            CheckETag(request.Key, request.Etag);
            _items.TryRemove(request.Key, out _);
        }
        return Task.FromResult(new Empty());
    }

    private void CheckStore(string name)
    {
        if (name != storeName) throw new RpcException(new Status(StatusCode.InvalidArgument, $"state store {name} is not found"));
    }

    private void CheckETag(string key, Etag? etag)
    {
        if (etag is null) return;
        if (Live(key) is not { } item || ETag(item.Version) != etag.Value)
        {
            throw new RpcException(new Status(StatusCode.Aborted, $"failed saving state in state store {storeName}: possible etag mismatch"));
        }
    }

    private (ByteString Data, long Version, DateTime? ExpiresAt)? Live(string key) =>
        _items.TryGetValue(key, out var item) && (item.ExpiresAt is null || item.ExpiresAt > DateTime.UtcNow) ? item : null;

    private static string ETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static Method<TRequest, TResponse> Unary<TRequest, TResponse>(string name, MessageParser<TRequest> request, MessageParser<TResponse> response)
        where TRequest : class, IMessage<TRequest> where TResponse : class, IMessage<TResponse> =>
        new(MethodType.Unary, Service, name, Marshallers.Create(m => m.ToByteArray(), request.ParseFrom), Marshallers.Create(m => m.ToByteArray(), response.ParseFrom));
}

package org.carepath.gateway.routing;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.util.AttributeKey;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * When a chunked request body breaks off in malformed framing, Reactor Netty answers 400
 * but then ends the body as if it were complete: the gateway would forward the part read
 * so far to the backend as a whole request, which could save half a form that the person
 * was told had failed. So the broken framing is noted on the connection as Netty decodes
 * it, and such a body ends in an error instead: the backend's request is cut off before
 * its end and is never processed.
 */
@Component
class BrokenBodyGuard implements NettyServerCustomizer, WebFilter, Ordered {

	private static final AttributeKey<Boolean> BROKEN = AttributeKey
		.valueOf(BrokenBodyGuard.class.getName() + ".BROKEN");

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, remoteAddress) -> {
			// HTTP/1.1 only: HTTP/2 frames its bodies differently.
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline()
					.addAfter(NettyPipeline.HttpCodec, "carepath.brokenBodyMarker", new BrokenBodyMarker());
			}
		});
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Channel channel = channel(exchange.getRequest());
		if (channel == null) {
			return chain.filter(exchange);
		}
		ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				return super.getBody().concatWith(Mono.defer(() -> Boolean.TRUE.equals(channel.attr(BROKEN).get())
						? Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed request body"))
						: Mono.empty()));
			}
		};
		// Reactor Netty has answered 400 and closes the connection: whatever failed
		// since has nobody to answer.
		return chain.filter(exchange.mutate().request(request).build())
			.onErrorResume(ex -> Boolean.TRUE.equals(channel.attr(BROKEN).get()), ex -> Mono.empty());
	}

	private static @Nullable Channel channel(ServerHttpRequest request) {
		// Only a chunked body can break off in its framing; a sized one is read to its
		// length or not at all.
		if (!request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			return null;
		}
		try {
			Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
			return (nativeRequest instanceof Connection connection) ? connection.channel() : null;
		}
		catch (IllegalStateException ex) {
			// No server behind the request: a mock request in tests.
			return null;
		}
	}

	@Override
	public int getOrder() {
		// Before anything reads the body (the form caching filter at -200).
		return -300;
	}

	/** Sits right behind the HTTP decoder, before Reactor Netty handles its failures. */
	private static final class BrokenBodyMarker extends ChannelInboundHandlerAdapter {

		@Override
		public void channelRead(ChannelHandlerContext context, Object message) {
			if (message instanceof HttpContent content && content.decoderResult().isFailure()) {
				context.channel().attr(BROKEN).set(Boolean.TRUE);
			}
			context.fireChannelRead(message);
		}

	}

}

package org.carepath.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carepath.gateway.test.Browser;
import org.carepath.gateway.test.GatewayInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One address floods sign-in starts and signed-out staff pages (as measured before: some
 * 10,000 filled the in-memory session store and every sign-in then failed with a 500).
 * Now the flood gets 429s, leaves a bounded number of short-lived sessions, and a person
 * at another address signs in meanwhile.
 */
class SignInFloodTests {

	private static final String SESSIONS = "carepath:gateway:session:sessions:*";

	private static final int FLOOD = 600;

	private static GatewayInstance gateway;

	@BeforeAll
	static void startWithTheDefaultLimits() {
		gateway = GatewayInstance.start("--carepath.gateway.rate-limit.sign-in.requests=30",
				"--carepath.gateway.rate-limit.sign-in.period=1m");
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@Test
	void aFloodOfSignInStartsFromOneAddressGets429sLeavesBoundedStateAndLocksNobodyOut() {
		ReactiveStringRedisTemplate redis = gateway.context().getBean(ReactiveStringRedisTemplate.class);
		long sessionsBefore = redis.keys(SESSIONS).count().block();
		// Connections from 127.0.0.2: another client machine, as far as the gateway can
		// tell.
		WebClient flooder = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + gateway.port())
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.create("flooder", 8))
				.bindAddress(() -> new InetSocketAddress("127.0.0.2", 0))))
			.build();

		CompletableFuture<List<Integer>> flood = Flux.range(0, FLOOD)
			.flatMap(
					i -> flooder.get()
						.uri((i % 3 == 0) ? "/staff/queue" : "/oauth2/authorization/keycloak")
						.accept(MediaType.TEXT_HTML)
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					8)
			.collectList()
			.toFuture();
		Browser person = gateway.browser();
		URI landing = person.signInFrom("/staff/queue");
		List<Integer> statuses = flood.join();

		assertThat(landing.getPath()).isEqualTo("/staff/queue");
		assertThat(person.getPage("/staff/queue").getStatus().value()).isEqualTo(200);
		Map<Integer, Long> counted = statuses.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(counted.keySet()).as("statuses of the flood: %s", counted).containsOnly(302, 429);
		long accepted = counted.getOrDefault(302, 0L);
		// 30 at once, then one every 2 s while the flood lasts: far fewer than the flood.
		assertThat(accepted).isLessThan(FLOOD / 4);
		long sessionsAfter = redis.keys(SESSIONS).count().block();
		// One session per accepted request at most (plus the person's), never one per
		// request.
		assertThat(sessionsAfter - sessionsBefore).isLessThanOrEqualTo(accepted + 1);
		// ... and each lives the sign-in timeout (10 minutes), not the signed-in 30.
		List<String> keys = redis.keys(SESSIONS).collectList().block();
		for (String key : keys) {
			Duration ttl = redis.getExpire(key).block();
			assertThat(ttl).isLessThanOrEqualTo(Duration.ofMinutes(30));
		}
		assertThat(keys.stream().map(key -> redis.getExpire(key).block()).filter(ttl -> ttl.toMinutes() < 11).count())
			.isGreaterThanOrEqualTo(accepted - 1);
	}

}

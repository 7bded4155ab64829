package org.carepath.support.events;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.util.ClassUtils;

/**
 * Keeps the outbox's own database writes off the path from a commit to Kafka
 * (docs/architecture.md#outbox). Modulith 2.0 writes twice per event after the commit,
 * each in a transaction of its own, so each with a disk flush:
 * <ul>
 * <li>it marks the publication PROCESSING before the send. Our recovery does not need the
 * mark: the staleness monitor treats a publication still PUBLISHED exactly like one
 * PROCESSING ({@code spring.modulith.events.staleness.*} are all 15 s, measured from the
 * publication date), so a lost send is re-sent as before. Left out, unless
 * {@code carepath.outbox.mark-processing=true};</li>
 * <li>it deletes the publication when Kafka acknowledges the record, on the thread that
 * completes the send: the Kafka producer's only network thread, which meanwhile sends and
 * acknowledges nothing else. The delete runs on a virtual thread instead.</li>
 * </ul>
 */
@AutoConfiguration
@ConditionalOnClass(EventPublicationRegistry.class)
public class OutboxLatencyAutoConfiguration {

	@Bean
	@ConditionalOnProperty(name = "carepath.outbox.mark-processing", havingValue = "false", matchIfMissing = true)
	static BeanPostProcessor outboxWithoutProcessingMark() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof EventPublicationRegistry)) {
					return bean;
				}
				// Outside the registry's transactional proxy: no transaction for the mark
				// either.
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setInterfaces(ClassUtils.getAllInterfacesForClass(AopUtils.getTargetClass(bean)));
				proxy.setProxyTargetClass(false);
				proxy.addAdvice(
						(MethodInterceptor) invocation -> "markProcessing".equals(invocation.getMethod().getName())
								? null : invocation.proceed());
				return proxy.getProxy(bean.getClass().getClassLoader());
			}
		};
	}

	@Bean
	static BeanPostProcessor outboxCompletionOffTheProducerThread() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("outbox-completion-");
		executor.setVirtualThreads(true);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DelegatingEventExternalizer && bean instanceof Advised advised) {
					// Innermost, so that Modulith's completion (around it) sees the
					// moved future.
					advised.addAdvice((MethodInterceptor) invocation -> {
						Object result = invocation.proceed();
						return (result instanceof CompletableFuture<?> sent) ? completedOn(executor, sent) : result;
					});
				}
				return bean;
			}
		};
	}

	private static CompletableFuture<Object> completedOn(Executor executor, CompletableFuture<?> sent) {
		CompletableFuture<Object> moved = new CompletableFuture<>();
		sent.whenComplete((value, failure) -> executor.execute(() -> {
			if (failure != null) {
				moved.completeExceptionally(failure);
			}
			else {
				moved.complete(value);
			}
		}));
		return moved;
	}

}

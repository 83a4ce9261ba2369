package io.portalops.shared.demo;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Tells {@link DemoSeeding} when each demo data runner ends, without each module reporting it: every
 * {@code ApplicationRunner} bean whose class is named {@code *DemoData} is expected, and its {@code run} is wrapped.
 * The proxy is a subclass, so its {@code @Order} (the runners depend on each other's data) still applies.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSeedingTracker {

    @Bean
    static BeanPostProcessor demoSeedingTracking(ObjectProvider<DemoSeeding> seeding) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof ApplicationRunner)
                        || !bean.getClass().getSimpleName().endsWith("DemoData")) {
                    return bean;
                }
                DemoSeeding progress = seeding.getObject();
                progress.expect(name);
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) call -> {
                    if (!call.getMethod().getName().equals("run")) {
                        return call.proceed();
                    }
                    try {
                        return call.proceed();
                    } finally {
                        progress.finish(name);
                    }
                });
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }
}

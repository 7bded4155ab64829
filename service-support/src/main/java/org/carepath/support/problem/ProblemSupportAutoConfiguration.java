package org.carepath.support.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

// Before Boot's MVC config, whose own problem-details handler backs off when this one exists.
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "carepath.problem-details.enabled", matchIfMissing = true)
@Import({ ProblemDetailsAdvice.class, ProblemTraceIdAdvice.class })
public class ProblemSupportAutoConfiguration {

}

package com.leadwire.api;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.databind.DeserializationFeature;

/**
 * The REST controllers read JSON bodies as strictly as the intake routes ({@code shared.web.JsonBodies}):
 * an unknown property is a 422 naming it ({@link ApiProblemAdvice}), not silently dropped, so a
 * misspelt {@code expectedStageId} cannot turn off its check. An enum is one of its names: a number
 * ({@code "role": 1}) is a 400, not the enum's constant at that position. Only request reading changes; the
 * app's shared ObjectMapper stays lenient for what other systems send it.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonRequests implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(
                        converter.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)));
    }
}

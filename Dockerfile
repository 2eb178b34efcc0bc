# Build stage: the same Maven commands as on a developer machine (tests run in CI, not here), then the
# jar is split into layers so that a change to the code rebuilds only the small application layer.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package \
    && java -Djarmode=tools -jar target/career-guide.jar extract --layers --destination extracted

# Runtime stage: a JRE 17, a non-root user, the layers from the least to the most often changed, and the content.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
COPY content /app/content
# SITE_BASE_URL is the site's public address (docker run -e SITE_BASE_URL=https://careers.example.org); without
# it pages publish http://localhost:<port> and, under the production profile, the site warns at startup.
# The heap: about 20 MiB live for 34 guides; 75% of the container's memory leaves room to grow under load
# (see the README, Docker).
ENV SITE_CONTENT_DIR=/app/content \
    SERVER_PORT=8080 \
    SPRING_PROFILES_ACTIVE=production \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-jar", "/app/career-guide.jar"]

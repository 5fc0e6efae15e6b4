# The litstream image: one jar, every stage; the command picks the stages (see docker-compose.yml).
# Untested here (no Docker engine on the build machines); the same jar is what CI tests.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/launcher/target/litstream.jar /app/litstream.jar
COPY --from=build /src/launcher/target/lib /app/lib
ENV LITSTREAM_WORK_DIR=/var/lib/litstream
VOLUME /var/lib/litstream
ENTRYPOINT ["java", "-jar", "/app/litstream.jar"]
CMD ["--help"]

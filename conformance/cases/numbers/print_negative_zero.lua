-- Negative zero prints as 0; dividing by it gives -Inf.
print(-0.0, 0 * -1, -0.0 == 0.0, 1 / -0.0)

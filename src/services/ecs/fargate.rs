//! Fargate's task sizes: the valid task-level CPU and memory combinations, and the textual
//! forms the API accepts (`"1 vCPU"`, `"1024"`, `"2 GB"`, `"2048"`).
//! Source: <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html>.
//!
//! It never looks at container-level values.

/// CPU units from `"256"`, `"0.25 vCPU"`, `"1 vcpu"`.
pub fn parse_cpu(text: &str) -> Option<u32> {
    let t = text.trim().to_ascii_lowercase();
    match t.strip_suffix("vcpu") {
        Some(v) => {
            let n: f64 = v.trim().parse().ok()?;
            (n > 0.0).then_some((n * 1024.0).round() as u32)
        }
        None => t.parse().ok(),
    }
}

/// MiB from `"512"`, `"0.5 GB"`, `"2gb"`.
pub fn parse_memory(text: &str) -> Option<u32> {
    let t = text.trim().to_ascii_lowercase();
    match t.strip_suffix("gb") {
        Some(v) => {
            let n: f64 = v.trim().parse().ok()?;
            (n > 0.0).then_some((n * 1024.0).round() as u32)
        }
        None => t.strip_suffix("mb").unwrap_or(&t).trim().parse().ok(),
    }
}

/// True when Fargate offers `cpu` units with `memory` MiB.
pub fn valid(cpu: u32, memory: u32) -> bool {
    let range = |lo: u32, hi: u32, step: u32| {
        memory >= lo && memory <= hi && (memory - lo).is_multiple_of(step)
    };
    match cpu {
        256 => [512, 1024, 2048].contains(&memory),
        512 => range(1024, 4096, 1024),
        1024 => range(2048, 8192, 1024),
        2048 => range(4096, 16384, 1024),
        4096 => range(8192, 30720, 1024),
        8192 => range(16384, 61440, 4096),
        16384 => range(32768, 122880, 8192),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_cpu("1 vCPU"), Some(1024));
        assert_eq!(parse_cpu(".25 vcpu"), Some(256));
        assert_eq!(parse_cpu("512"), Some(512));
        assert_eq!(parse_cpu("lots"), None);
        assert_eq!(parse_memory("2 GB"), Some(2048));
        assert_eq!(parse_memory("0.5GB"), Some(512));
        assert_eq!(parse_memory("3072"), Some(3072));
        assert!(valid(256, 512));
        assert!(!valid(256, 4096));
        assert!(valid(1024, 3072));
        assert!(!valid(1024, 1024));
        assert!(valid(8192, 20480));
        assert!(!valid(8192, 18432));
        assert!(!valid(300, 1024));
    }
}

//! A small HTTP endpoint for API destination tests: records every request (method, target,
//! headers, body) and answers with the statuses it is told, in turn (200 once they run out);
//! `/token` answers an OAuth client-credentials token.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Clone, Default)]
pub struct Receiver {
    pub seen: Arc<Mutex<Vec<Seen>>>,
    pub statuses: Arc<Mutex<Vec<u16>>>,
    pub url: String,
}

impl Receiver {
    pub async fn start() -> Receiver {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let r = Receiver {
            url: format!("http://{}", l.local_addr().unwrap()),
            ..Default::default()
        };
        let me = r.clone();
        tokio::spawn(async move {
            while let Ok((s, _)) = l.accept().await {
                let me = me.clone();
                tokio::spawn(async move { me.serve(s).await });
            }
        });
        r
    }

    async fn serve(&self, s: tokio::net::TcpStream) {
        let mut r = BufReader::new(s);
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            let mut parts = line.split_whitespace();
            let (method, target) = (
                parts.next().unwrap_or_default().to_string(),
                parts.next().unwrap_or_default().to_string(),
            );
            let mut headers = Vec::new();
            loop {
                let mut h = String::new();
                r.read_line(&mut h).await.unwrap();
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    headers.push((k.trim().to_lowercase(), v.trim().to_string()));
                }
            }
            let len: usize = headers
                .iter()
                .find(|(k, _)| k == "content-length")
                .and_then(|(_, v)| v.parse().ok())
                .unwrap_or(0);
            let mut body = vec![0; len];
            r.read_exact(&mut body).await.unwrap();
            let token = target.starts_with("/token");
            let status = if token {
                200
            } else {
                let mut st = self.statuses.lock().unwrap();
                if st.is_empty() { 200 } else { st.remove(0) }
            };
            self.seen.lock().unwrap().push(Seen {
                method,
                target,
                headers,
                body: String::from_utf8_lossy(&body).into_owned(),
            });
            let reply = if token {
                r#"{"access_token":"tok-1","token_type":"Bearer","expires_in":3600}"#
            } else {
                "{}"
            };
            let out = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{reply}",
                reply.len()
            );
            if r.get_mut().write_all(out.as_bytes()).await.is_err() {
                return;
            }
        }
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// Waits (two seconds at most) until `n` requests arrived; returns them.
    pub async fn wait_for(&self, n: usize) -> Vec<Seen> {
        for _ in 0..200 {
            if self.seen().len() >= n {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        self.seen()
    }
}

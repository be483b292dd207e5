module aibi/coderdpeer

go 1.24

require (
	github.com/coder/websocket v1.8.14
	github.com/google/uuid v1.6.0
	github.com/hashicorp/yamux v0.1.2
	google.golang.org/protobuf v1.36.11
	storj.io/drpc v0.0.34
)

require github.com/zeebo/errs v1.2.2 // indirect

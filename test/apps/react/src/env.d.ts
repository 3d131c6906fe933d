/// <reference types="vite/client" />
/// <reference types="ipt-widgets/react" />

module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_hgrn_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x f32>
    gpu.func @hgrn_bwd(%in_g_f: !llvm.ptr, %in_g_c: !llvm.ptr, %in_g_o: !llvm.ptr, %in_gamma: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_g_f: !llvm.ptr, %dx_g_c: !llvm.ptr, %dx_g_o: !llvm.ptr, %part_gamma: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v11 = arith.constant 64 : i64
      %v21 = llvm.mlir.addressof @slots_hgrn_bwd : !llvm.ptr<3>
      %v22 = arith.constant 0 : i64
      %v29 = arith.constant 128 : i64
      %v33 = arith.constant 0x00000000 : f32
      %v34 = arith.constant 0x3F800000 : f32
      %v50 = arith.muli %v1, %size_B : i64
      %v51 = arith.muli %v50, %size_D : i64
      %v53 = arith.muli %v1, %size_D : i64
      %v70 = arith.muli %v1, %size_L : i64
      %v71 = arith.muli %v70, %size_D : i64
      %v80 = arith.constant 0x3FB8AA3B : f32
      %v160 = arith.muli %v1, %size_B : i64
      %v161 = arith.muli %v160, %size_D : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v8 : index to i64
      %v10 = arith.index_cast %v7 : index to i64
      %v12 = arith.muli %v10, %v11 : i64
      %v13 = arith.addi %v12, %v9 : i64
      %v14 = arith.cmpi slt, %v13, %v3 : i64
      %v15 = arith.subi %v3, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_D : i64
      %v18 = arith.divui %v16, %size_D : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v23 = arith.addi %v22, %v9 : i64
      %v24 = llvm.getelementptr %v21[%v23] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v25 = llvm.addrspacecast %v24 : !llvm.ptr<3> to !llvm.ptr
      %v26 = arith.addi %v11, %v9 : i64
      %v27 = llvm.getelementptr %v21[%v26] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v28 = llvm.addrspacecast %v27 : !llvm.ptr<3> to !llvm.ptr
      %v30 = arith.addi %v29, %v9 : i64
      %v31 = llvm.getelementptr %v21[%v30] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v32 = llvm.addrspacecast %v31 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v33, %v25 : f32, !llvm.ptr
      llvm.store %v34, %v28 : f32, !llvm.ptr
      llvm.store %v33, %v32 : f32, !llvm.ptr
      %v35 = arith.subi %v11, %v1 : i64
      %v36 = arith.addi %size_L, %v35 : i64
      %v37 = arith.divui %v36, %v11 : i64
      %v38 = arith.subi %size_L, %v1 : i64
      %v39 = arith.cmpi eq, %size_L, %v22 : i64
      scf.if %v39 {
        llvm.store %v33, %v6 : f32, !llvm.ptr
      }
      %v40 = arith.index_cast %v22 : i64 to index
      %v41 = arith.index_cast %v37 : i64 to index
      %v42 = arith.index_cast %v1 : i64 to index
      scf.for %v43 = %v40 to %v41 step %v42 {
        %v44 = arith.index_cast %v43 : index to i64
        %v45 = arith.subi %v37, %v1 : i64
        %v46 = arith.subi %v45, %v44 : i64
        %v47 = arith.muli %v46, %v11 : i64
        %v48 = arith.subi %size_L, %v47 : i64
        %v49 = arith.minsi %v48, %v11 : i64
        %v52 = arith.muli %v46, %v51 : i64
        %v54 = arith.muli %v19, %v53 : i64
        %v55 = arith.muli %v17, %v1 : i64
        %v56 = arith.addi %v54, %v55 : i64
        %v57 = arith.addi %v52, %v56 : i64
        %v58 = llvm.getelementptr %ckpt_h[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = llvm.load %v58 : !llvm.ptr -> f32
        llvm.store %v59, %v5 : f32, !llvm.ptr
        %v60 = arith.index_cast %v22 : i64 to index
        %v61 = arith.index_cast %v49 : i64 to index
        %v62 = arith.index_cast %v1 : i64 to index
        scf.for %v63 = %v60 to %v61 step %v62 {
          %v64 = arith.index_cast %v63 : index to i64
          %v65 = arith.addi %v47, %v64 : i64
          %v66 = arith.muli %v17, %v1 : i64
          %v67 = llvm.getelementptr %in_gamma[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          %v69 = arith.subf %v34, %v68 : f32
          %v72 = arith.muli %v19, %v71 : i64
          %v73 = arith.muli %v17, %v70 : i64
          %v74 = arith.addi %v72, %v73 : i64
          %v75 = arith.muli %v65, %v1 : i64
          %v76 = arith.addi %v74, %v75 : i64
          %v77 = llvm.getelementptr %in_g_f[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          %v79 = arith.negf %v78 : f32
          %v81 = arith.mulf %v79, %v80 : f32
          %v82 = llvm.call_intrinsic "llvm.exp2.f32"(%v81) : (f32) -> f32
          %v83 = arith.addf %v34, %v82 : f32
          %v84 = arith.divf %v34, %v83 : f32
          %v85 = arith.mulf %v69, %v84 : f32
          %v86 = arith.addf %v68, %v85 : f32
          %v87 = arith.subf %v34, %v86 : f32
          %v88 = arith.muli %v19, %v71 : i64
          %v89 = arith.muli %v17, %v70 : i64
          %v90 = arith.addi %v88, %v89 : i64
          %v91 = arith.muli %v65, %v1 : i64
          %v92 = arith.addi %v90, %v91 : i64
          %v93 = llvm.getelementptr %in_g_c[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 : !llvm.ptr -> f32
          %v95 = arith.negf %v94 : f32
          %v96 = arith.mulf %v95, %v80 : f32
          %v97 = llvm.call_intrinsic "llvm.exp2.f32"(%v96) : (f32) -> f32
          %v98 = arith.addf %v34, %v97 : f32
          %v99 = arith.divf %v34, %v98 : f32
          %v100 = arith.mulf %v94, %v99 : f32
          %v101 = arith.mulf %v87, %v100 : f32
          %v102 = llvm.load %v5 : !llvm.ptr -> f32
          %v103 = arith.mulf %v86, %v102 : f32
          %v104 = arith.addf %v103, %v101 : f32
          scf.if %v14 {
            %v105 = arith.muli %v64, %v3 : i64
            %v106 = arith.subi %v3, %v1 : i64
            %v107 = arith.minsi %v13, %v106 : i64
            %v108 = arith.addi %v105, %v107 : i64
            %v109 = arith.muli %v108, %v1 : i64
            %v110 = arith.addi %v109, %v22 : i64
            %v111 = llvm.getelementptr %scratch_h[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v104, %v111 : f32, !llvm.ptr
          }
          llvm.store %v104, %v5 : f32, !llvm.ptr
        }
        %v112 = arith.index_cast %v22 : i64 to index
        %v113 = arith.index_cast %v49 : i64 to index
        %v114 = arith.index_cast %v1 : i64 to index
        scf.for %v115 = %v112 to %v113 step %v114 {
          %v116 = arith.index_cast %v115 : index to i64
          %v117 = arith.subi %v49, %v1 : i64
          %v118 = arith.subi %v117, %v116 : i64
          %v119 = arith.addi %v47, %v118 : i64
          %v120 = arith.cmpi eq, %v118, %v22 : i64
          %v121 = arith.subi %v118, %v1 : i64
          %v122 = arith.maxsi %v121, %v22 : i64
          %v123 = arith.muli %v19, %v71 : i64
          %v124 = arith.muli %v17, %v70 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = arith.muli %v119, %v1 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = llvm.getelementptr %in_g_o[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 : !llvm.ptr -> f32
          %v130 = arith.negf %v129 : f32
          %v131 = arith.mulf %v130, %v80 : f32
          %v132 = llvm.call_intrinsic "llvm.exp2.f32"(%v131) : (f32) -> f32
          %v133 = arith.addf %v34, %v132 : f32
          %v134 = arith.divf %v34, %v133 : f32
          %v135 = arith.muli %v19, %v71 : i64
          %v136 = arith.muli %v17, %v70 : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = arith.muli %v119, %v1 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = llvm.getelementptr %dy_y[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v141 = llvm.load %v140 : !llvm.ptr -> f32
          %v142 = arith.mulf %v134, %v141 : f32
          %v143 = llvm.load %v25 : !llvm.ptr -> f32
          %v144 = llvm.load %v28 : !llvm.ptr -> f32
          %v145 = arith.mulf %v144, %v143 : f32
          %v146 = arith.addf %v142, %v145 : f32
          llvm.store %v146, %v25 : f32, !llvm.ptr
          %v147 = arith.cmpi eq, %v119, %v38 : i64
          scf.if %v147 {
          }
          %v148 = arith.muli %v17, %v1 : i64
          %v149 = llvm.getelementptr %in_gamma[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 : !llvm.ptr -> f32
          %v151 = arith.subf %v34, %v150 : f32
          %v152 = arith.muli %v122, %v3 : i64
          %v153 = arith.subi %v3, %v1 : i64
          %v154 = arith.minsi %v13, %v153 : i64
          %v155 = arith.addi %v152, %v154 : i64
          %v156 = arith.muli %v155, %v1 : i64
          %v157 = arith.addi %v156, %v22 : i64
          %v158 = llvm.getelementptr %scratch_h[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 : !llvm.ptr -> f32
          %v162 = arith.muli %v46, %v161 : i64
          %v163 = arith.muli %v19, %v53 : i64
          %v164 = arith.muli %v17, %v1 : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = arith.addi %v162, %v165 : i64
          %v167 = llvm.getelementptr %ckpt_h[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v168 = llvm.load %v167 : !llvm.ptr -> f32
          %v169 = arith.select %v120, %v168, %v159 : f32
          %v170 = llvm.load %v25 : !llvm.ptr -> f32
          %v171 = arith.mulf %v169, %v170 : f32
          %v172 = arith.muli %v19, %v71 : i64
          %v173 = arith.muli %v17, %v70 : i64
          %v174 = arith.addi %v172, %v173 : i64
          %v175 = arith.muli %v119, %v1 : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = llvm.getelementptr %in_g_c[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v178 = llvm.load %v177 : !llvm.ptr -> f32
          %v179 = arith.negf %v178 : f32
          %v180 = arith.mulf %v179, %v80 : f32
          %v181 = llvm.call_intrinsic "llvm.exp2.f32"(%v180) : (f32) -> f32
          %v182 = arith.addf %v34, %v181 : f32
          %v183 = arith.divf %v34, %v182 : f32
          %v184 = arith.mulf %v178, %v183 : f32
          %v185 = arith.mulf %v184, %v170 : f32
          %v186 = arith.negf %v185 : f32
          %v187 = arith.addf %v171, %v186 : f32
          %v188 = arith.mulf %v151, %v187 : f32
          %v189 = arith.muli %v19, %v71 : i64
          %v190 = arith.muli %v17, %v70 : i64
          %v191 = arith.addi %v189, %v190 : i64
          %v192 = arith.muli %v119, %v1 : i64
          %v193 = arith.addi %v191, %v192 : i64
          %v194 = llvm.getelementptr %in_g_f[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v195 = llvm.load %v194 : !llvm.ptr -> f32
          %v196 = arith.negf %v195 : f32
          %v197 = arith.mulf %v196, %v80 : f32
          %v198 = llvm.call_intrinsic "llvm.exp2.f32"(%v197) : (f32) -> f32
          %v199 = arith.addf %v34, %v198 : f32
          %v200 = arith.divf %v34, %v199 : f32
          %v201 = arith.subf %v34, %v200 : f32
          %v202 = arith.mulf %v200, %v201 : f32
          %v203 = arith.mulf %v188, %v202 : f32
          scf.if %v14 {
            %v204 = arith.muli %v19, %v71 : i64
            %v205 = arith.muli %v17, %v70 : i64
            %v206 = arith.addi %v204, %v205 : i64
            %v207 = arith.muli %v119, %v1 : i64
            %v208 = arith.addi %v206, %v207 : i64
            %v209 = llvm.getelementptr %dx_g_f[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v203, %v209 : f32, !llvm.ptr
          }
          %v210 = arith.mulf %v151, %v200 : f32
          %v211 = arith.addf %v150, %v210 : f32
          %v212 = arith.subf %v34, %v211 : f32
          %v213 = arith.mulf %v212, %v170 : f32
          %v214 = arith.negf %v178 : f32
          %v215 = arith.mulf %v214, %v80 : f32
          %v216 = llvm.call_intrinsic "llvm.exp2.f32"(%v215) : (f32) -> f32
          %v217 = arith.addf %v34, %v216 : f32
          %v218 = arith.divf %v34, %v217 : f32
          %v219 = arith.subf %v34, %v218 : f32
          %v220 = arith.mulf %v178, %v219 : f32
          %v221 = arith.addf %v34, %v220 : f32
          %v222 = arith.mulf %v218, %v221 : f32
          %v223 = arith.mulf %v213, %v222 : f32
          scf.if %v14 {
            %v224 = arith.muli %v19, %v71 : i64
            %v225 = arith.muli %v17, %v70 : i64
            %v226 = arith.addi %v224, %v225 : i64
            %v227 = arith.muli %v119, %v1 : i64
            %v228 = arith.addi %v226, %v227 : i64
            %v229 = llvm.getelementptr %dx_g_c[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v223, %v229 : f32, !llvm.ptr
          }
          %v230 = arith.muli %v118, %v3 : i64
          %v231 = arith.subi %v3, %v1 : i64
          %v232 = arith.minsi %v13, %v231 : i64
          %v233 = arith.addi %v230, %v232 : i64
          %v234 = arith.muli %v233, %v1 : i64
          %v235 = arith.addi %v234, %v22 : i64
          %v236 = llvm.getelementptr %scratch_h[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v238 = arith.mulf %v237, %v141 : f32
          %v239 = arith.subf %v34, %v134 : f32
          %v240 = arith.mulf %v134, %v239 : f32
          %v241 = arith.mulf %v238, %v240 : f32
          scf.if %v14 {
            %v242 = arith.muli %v19, %v71 : i64
            %v243 = arith.muli %v17, %v70 : i64
            %v244 = arith.addi %v242, %v243 : i64
            %v245 = arith.muli %v119, %v1 : i64
            %v246 = arith.addi %v244, %v245 : i64
            %v247 = llvm.getelementptr %dx_g_o[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v241, %v247 : f32, !llvm.ptr
          }
          %v248 = arith.mulf %v200, %v187 : f32
          %v249 = arith.negf %v248 : f32
          %v250 = arith.addf %v187, %v249 : f32
          %v251 = llvm.load %v32 : !llvm.ptr -> f32
          %v252 = arith.addf %v251, %v250 : f32
          llvm.store %v252, %v32 : f32, !llvm.ptr
          llvm.store %v211, %v28 : f32, !llvm.ptr
        }
      }
      scf.if %v14 {
        %v253 = llvm.load %v32 : !llvm.ptr -> f32
        %v254 = arith.muli %v13, %v1 : i64
        %v255 = arith.addi %v254, %v22 : i64
        %v256 = llvm.getelementptr %part_gamma[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v253, %v256 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
